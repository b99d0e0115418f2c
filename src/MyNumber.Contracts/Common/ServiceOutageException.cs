namespace MyNumber.Contracts.Common;

/// <summary>
/// A service the call needs is down (an injected fault: the JPKI renewal function, the certificate
/// authority, grain storage). Nothing was changed; the harness counts the call as an error with this reason.
/// </summary>
[GenerateSerializer, Alias("mn.ServiceOutageException")]
public sealed class ServiceOutageException : Exception
{
    public ServiceOutageException()
    {
    }

    public ServiceOutageException(string message) : base(message)
    {
    }

    public ServiceOutageException(string message, Exception inner) : base(message, inner)
    {
    }
}
