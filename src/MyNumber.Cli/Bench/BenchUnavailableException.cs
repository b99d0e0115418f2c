namespace MyNumber.Cli.Bench;

/// <summary>A group that cannot be measured on this machine right now (e.g. no pcscd): reported, never faked.</summary>
public sealed class BenchUnavailableException(string reason) : Exception(reason);
