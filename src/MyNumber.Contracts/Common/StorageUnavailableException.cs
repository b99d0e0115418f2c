namespace MyNumber.Contracts.Common;

/// <summary>
/// Grain storage could not be read or written. The change that was being made was not applied: the
/// grain's state is what it was before the call.
/// </summary>
[GenerateSerializer, Alias("mn.StorageUnavailableException")]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message) : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
