using System.Security.Cryptography;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Verification;

/// <summary>A trusted CA certificate (the root or an issuing CA already checked against it), with its key
/// parsed once into the platform RSA.</summary>
internal sealed record ChainAnchor(X509Certificate Certificate, string Name, RSA PublicKey,
    DateTimeOffset ValidFrom, DateTimeOffset ValidUntil);
