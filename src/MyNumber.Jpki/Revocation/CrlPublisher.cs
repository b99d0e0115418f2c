using System.Numerics;
using MyNumber.Jpki.Authority;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Revocation;

/// <summary>
/// Certificate revocation lists, built by BouncyCastle and signed with the CA's key through the platform
/// RSA. One list per shard keeps each list small (a 100 k-entry CRL is 4.9 MB); a whole-CA list is the
/// same call with every shard's entries. Relying parties should not answer status from a parsed CRL
/// (<c>X509Crl.IsRevoked</c> scans it); the shards answer status from a hash set.
/// </summary>
public static class CrlPublisher
{
    /// <summary>Builds a CRL of the entries revoked at or before <paramref name="thisUpdate"/>; later
    /// revocations are not yet in force and are left for the next list.</summary>
    public static X509Crl Generate(CertificateAuthority issuer,
        IEnumerable<KeyValuePair<BigInteger, RevocationEntry>> entries, BigInteger crlNumber,
        DateTimeOffset thisUpdate, DateTimeOffset nextUpdate)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(issuer.Name);
        generator.SetThisUpdate(thisUpdate.UtcDateTime);
        generator.SetNextUpdate(nextUpdate.UtcDateTime);
        foreach (var (serial, entry) in entries.OrderBy(e => e.Key))
        {
            if (entry.RevokedAt <= thisUpdate)
            {
                generator.AddCrlEntry(CertificateAuthority.ToBouncyCastle(serial), entry.RevokedAt.UtcDateTime,
                    (int)entry.Reason);
            }
        }

        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false,
            new AuthorityKeyIdentifier(issuer.KeyIdentifier));
        generator.AddExtension(X509Extensions.CrlNumber, false,
            new DerInteger(CertificateAuthority.ToBouncyCastle(crlNumber)));
        return generator.Generate(issuer.SignatureFactory);
    }
}
