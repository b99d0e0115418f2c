namespace MyNumber.Load;

/// <summary>A run that cannot start as configured: raised before any load is applied.</summary>
public sealed class LoadConfigurationException(string message) : Exception(message);
