using System.Numerics;
using System.Security.Cryptography;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Crypto;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Revocation;

/// <summary>
/// OCSP answers (RFC 6960 BasicOCSPResponse, built by BouncyCastle) signed by the issuing CA itself through
/// the platform RSA, and their reading on the relying side with the signature checked against the CA.
/// </summary>
public static class OcspResponder
{
    private static readonly AlgorithmIdentifier Sha1 = new(OiwObjectIdentifiers.IdSha1, DerNull.Instance);

    /// <summary>A DER OCSPResponse saying <paramref name="status"/> for <paramref name="serial"/>.</summary>
    public static byte[] Respond(CertificateAuthority issuer, BigInteger serial, CertificateStatus status,
        DateTimeOffset producedAt, DateTimeOffset nextUpdate)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(status);
        var generator = new BasicOcspRespGenerator(new RespID(issuer.Name));
        var id = new CertificateID(Sha1, issuer.Certificate, CertificateAuthority.ToBouncyCastle(serial));
        Org.BouncyCastle.Ocsp.CertificateStatus? answer = status.Kind switch
        {
            CertificateStatusKind.Good => Org.BouncyCastle.Ocsp.CertificateStatus.Good,
            CertificateStatusKind.Revoked => new RevokedStatus(status.RevokedAt!.Value.UtcDateTime,
                (int)(status.Reason ?? RevocationReason.Unspecified)),
            _ => new UnknownStatus(),
        };
        generator.AddResponse(id, answer, producedAt.UtcDateTime, nextUpdate.UtcDateTime, null);
        var basic = generator.Generate(issuer.SignatureFactory, null, producedAt.UtcDateTime);
        return new OCSPRespGenerator().Generate(OCSPRespGenerator.Successful, basic).GetEncoded();
    }

    /// <summary>Reads the status of <paramref name="serial"/> from a DER OCSPResponse, after checking that the
    /// CA whose certificate is <paramref name="issuerCertificate"/> signed it and that it is about that CA's
    /// certificate. A response that fails any check answers <see cref="CertificateStatus.Unknown"/>.</summary>
    public static CertificateStatus ReadStatus(byte[] response, X509Certificate issuerCertificate, BigInteger serial)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(issuerCertificate);
        try
        {
            var envelope = new OcspResp(response);
            if (envelope.Status != OcspRespStatus.Successful || envelope.GetResponseObject() is not BasicOcspResp basic)
            {
                return CertificateStatus.Unknown;
            }

            using var key = RsaKeyConversion.ToPlatformPublicKey(issuerCertificate.CertificateStructure.SubjectPublicKeyInfo);
            if (!basic.SignatureAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.Sha256WithRsaEncryption) ||
                !key.VerifyData(basic.GetTbsResponseData(), basic.GetSignature(), HashAlgorithmName.SHA256,
                    RSASignaturePadding.Pkcs1))
            {
                return CertificateStatus.Unknown;
            }

            var wanted = CertificateAuthority.ToBouncyCastle(serial);
            foreach (var single in basic.Responses)
            {
                var id = single.GetCertID();
                if (!id.SerialNumber.Equals(wanted) || !id.MatchesIssuer(issuerCertificate))
                {
                    continue;
                }

                return single.GetCertStatus() switch
                {
                    null => CertificateStatus.Good,
                    RevokedStatus revoked => CertificateStatus.Revoked(
                        new DateTimeOffset(DateTime.SpecifyKind(revoked.RevocationTime, DateTimeKind.Utc)),
                        revoked.HasRevocationReason ? (RevocationReason)revoked.RevocationReason : RevocationReason.Unspecified),
                    _ => CertificateStatus.Unknown,
                };
            }
        }
        catch (Exception e) when (e is OcspException or IOException or ArgumentException or InvalidCastException)
        {
            return CertificateStatus.Unknown;
        }

        return CertificateStatus.Unknown;
    }
}
