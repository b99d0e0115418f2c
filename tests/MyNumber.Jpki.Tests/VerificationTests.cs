using System.Security.Cryptography;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Card;
using MyNumber.Jpki.Revocation;
using MyNumber.Jpki.Verification;

namespace MyNumber.Jpki.Tests;

[Collection(FixtureCollection.Name)]
public sealed class VerificationTests(JpkiFixture fixture)
{
    private static readonly byte[] Challenge = "clinic-challenge-0001"u8.ToArray();
    private readonly DateTimeOffset _now = JpkiFixture.Now;

    [Fact(DisplayName = "A user certificate and the card's signature over a challenge verify to the trusted root")]
    public void UserCertificateAndSignatureVerify()
    {
        var certificate = fixture.UserCertificate(11);
        var signature = CardSigner.SignChallenge(fixture.CardKeys.KeyFor(11).PrivateKey, Challenge);
        var verifier = fixture.Authority.CreateVerifier(100);

        var result = verifier.VerifySignature(certificate.Der, Challenge, signature, _now, fixture.Authority.StatusOf,
            CertificateKind.UserAuthentication);

        Assert.Equal(VerificationReasons.Ok, result.ReasonCode);
        Assert.Equal(certificate.Serial, result.Certificate!.Identity.Serial);
        Assert.Equal(fixture.Authority.UserAuthenticationCa.NameText, result.Certificate.Identity.Issuer);
    }

    [Fact(DisplayName = "A signature over another challenge, or by another key, is refused as signature.invalid")]
    public void WrongSignatureRefused()
    {
        var certificate = fixture.UserCertificate(12);
        var otherKey = fixture.CardKeys[(fixture.CardKeys.KeyIndexFor(12) + 1) % fixture.CardKeys.Size].PrivateKey;
        var verifier = fixture.Authority.CreateVerifier(100);

        var otherChallenge = verifier.VerifySignature(certificate.Der, Challenge,
            CardSigner.SignChallenge(fixture.CardKeys.KeyFor(12).PrivateKey, "other"u8), _now, fixture.Authority.StatusOf);
        var otherKeySignature = verifier.VerifySignature(certificate.Der, Challenge,
            CardSigner.SignChallenge(otherKey, Challenge), _now, fixture.Authority.StatusOf);

        Assert.Equal(VerificationReasons.SignatureInvalid, otherChallenge.ReasonCode);
        Assert.Equal(VerificationReasons.SignatureInvalid, otherKeySignature.ReasonCode);
    }

    [Fact(DisplayName = "A certificate with one altered byte is refused, whether or not its original was cached")]
    public void TamperedCertificateRefused()
    {
        var certificate = fixture.UserCertificate(13);
        var verifier = fixture.Authority.CreateVerifier(100);
        Assert.True(verifier.VerifyCertificate(certificate.Der, _now, fixture.Authority.StatusOf).IsValid);

        var tampered = (byte[])certificate.Der.Clone();
        var serialOffset = tampered.AsSpan().IndexOf(certificate.Certificate.SerialNumber.ToByteArrayUnsigned());
        tampered[serialOffset + 3] ^= 0x01;
        var result = verifier.VerifyCertificate(tampered, _now, fixture.Authority.StatusOf);

        Assert.Equal(VerificationReasons.BadSignature, result.ReasonCode);
        Assert.True(verifier.VerifyCertificate(certificate.Der, _now, fixture.Authority.StatusOf).IsValid);
    }

    [Fact(DisplayName = "Garbage bytes are refused as cert.malformed, not thrown")]
    public void MalformedRefused()
    {
        var verifier = fixture.Authority.CreateVerifier(100);
        Assert.Equal(VerificationReasons.Malformed,
            verifier.VerifyCertificate([0x30, 0x82, 0x01], _now, fixture.Authority.StatusOf).ReasonCode);
    }

    [Fact(DisplayName = "A certificate from a CA with the right name but another key is refused as cert.bad-signature")]
    public void ForgedCaRefused()
    {
        var forger = JpkiAuthority.Create(fixture.CardKeys, _now.AddYears(-1));
        var forged = forger.IssueUserAuthenticationCertificate(fixture.CardKeys.KeyFor(14).PublicKeyInfo,
            CertificateSerial.For(CertificateKind.UserAuthentication, 14, 0), _now.AddDays(-1), _now.AddYears(1));

        var result = fixture.Authority.CreateVerifier(100).VerifyCertificate(forged.Der, _now, fixture.Authority.StatusOf);

        Assert.Equal(VerificationReasons.BadSignature, result.ReasonCode);
    }

    [Fact(DisplayName = "A certificate whose issuing CA the verifier does not trust is refused as cert.untrusted")]
    public void UnknownIssuerRefused()
    {
        var onlySigning = new CertificateVerifier(fixture.Authority.Root.Certificate,
            [fixture.Authority.SigningCa.Certificate], 10);

        var result = onlySigning.VerifyCertificate(fixture.UserCertificate(15).Der, _now, fixture.Authority.StatusOf);

        Assert.Equal(VerificationReasons.Untrusted, result.ReasonCode);
    }

    [Fact(DisplayName = "An expired certificate is refused, and one not yet valid too, even from a warm cache")]
    public void ValidityPeriodEnforced()
    {
        var certificate = fixture.UserCertificate(16, notBefore: _now, notAfter: _now.AddDays(30));
        var verifier = fixture.Authority.CreateVerifier(100);

        Assert.True(verifier.VerifyCertificate(certificate.Der, _now.AddDays(1), fixture.Authority.StatusOf).IsValid);
        Assert.Equal(VerificationReasons.Expired,
            verifier.VerifyCertificate(certificate.Der, _now.AddDays(31), fixture.Authority.StatusOf).ReasonCode);
        Assert.Equal(VerificationReasons.NotYetValid,
            verifier.VerifyCertificate(certificate.Der, _now.AddDays(-1), fixture.Authority.StatusOf).ReasonCode);
    }

    [Fact(DisplayName = "R-CERT-2: a revoked certificate is refused from the revocation's time on, and good before it")]
    public void RevokedOnlyFromRevocationTime()
    {
        var certificate = fixture.UserCertificate(17);
        var verifier = fixture.Authority.CreateVerifier(100);
        var revokedAt = _now.AddHours(2);
        Assert.True(verifier.VerifyCertificate(certificate.Der, _now, fixture.Authority.StatusOf).IsValid);

        fixture.Authority.Revoke(CertificateKind.UserAuthentication, certificate.Serial, revokedAt,
            RevocationReason.KeyCompromise);

        Assert.True(verifier.VerifyCertificate(certificate.Der, revokedAt.AddTicks(-1), fixture.Authority.StatusOf).IsValid);
        Assert.Equal(VerificationReasons.Revoked,
            verifier.VerifyCertificate(certificate.Der, revokedAt, fixture.Authority.StatusOf).ReasonCode);
        Assert.Equal(VerificationReasons.Revoked,
            verifier.VerifyCertificate(certificate.Der, revokedAt.AddDays(1), fixture.Authority.StatusOf).ReasonCode);
    }

    [Fact(DisplayName = "R-CERT-2: a lookup that reports a revocation later than the query time does not refuse")]
    public void FutureRevocationFromLookupIsNotApplied()
    {
        var chain = fixture.Authority.CreateVerifier(10).CheckChain(fixture.UserCertificate(18).Der, _now);

        var early = CertificateVerifier.ApplyStatus(chain, CertificateStatus.Revoked(_now.AddMinutes(1),
            RevocationReason.Unspecified), _now);
        var unknown = CertificateVerifier.ApplyStatus(chain, CertificateStatus.Unknown, _now);

        Assert.True(early.IsValid);
        Assert.Equal(VerificationReasons.StatusUnknown, unknown.ReasonCode);
    }

    [Fact(DisplayName = "A clinic that requires a user certificate refuses a signing certificate as cert.wrong-kind")]
    public void WrongKindRefused()
    {
        var result = fixture.Authority.CreateVerifier(10).VerifyCertificate(fixture.SigningCertificate(19).Der, _now,
            fixture.Authority.StatusOf, CertificateKind.UserAuthentication);

        Assert.Equal(VerificationReasons.WrongKind, result.ReasonCode);
    }

    [Fact(DisplayName = "The verifier cache never holds more certificates than its capacity and stays correct")]
    public void CacheIsBounded()
    {
        var verifier = fixture.Authority.CreateVerifier(3);
        var certificates = Enumerable.Range(100, 10).Select(i => fixture.UserCertificate(i)).ToList();

        for (var round = 0; round < 2; round++)
        {
            foreach (var certificate in certificates)
            {
                Assert.True(verifier.VerifyCertificate(certificate.Der, _now, fixture.Authority.StatusOf).IsValid);
                Assert.InRange(verifier.CachedCertificates, 1, 3);
            }
        }
    }

    [Fact(DisplayName = "The card signer's DigestInfo signature equals the platform's PKCS#1 v1.5 SHA-256 signature")]
    public void CardSignerMatchesPkcs1()
    {
        var key = fixture.CardKeys[0].PrivateKey;
        var digestInfo = CardSigner.DigestInfoSha256(Challenge);

        Assert.Equal(51, digestInfo.Length);
        Assert.Equal(key.SignData(Challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            CardSigner.SignDigestInfo(key, digestInfo));
        Assert.Throws<ArgumentException>(() => CardSigner.SignDigestInfo(key, "hello"u8));
    }
}
