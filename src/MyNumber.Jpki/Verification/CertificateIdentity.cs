using System.Numerics;

namespace MyNumber.Jpki.Verification;

/// <summary>What names a certificate for revocation: its issuer's name and its serial number.</summary>
public readonly record struct CertificateIdentity(string Issuer, BigInteger Serial);
