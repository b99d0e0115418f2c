using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Crypto;
using MyNumber.Jpki.Revocation;
using MyNumber.Jpki.Verification;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Tests;

[Collection(FixtureCollection.Name)]
public sealed class AuthorityTests(JpkiFixture fixture)
{
    private readonly DateTimeOffset _now = JpkiFixture.Now;

    [Fact(DisplayName = "The signing certificate carries the four basic facts and the user certificate none")]
    public void FactsOnlyInSigningCertificate()
    {
        var signing = new X509Certificate(fixture.SigningCertificate(21).Der);
        var user = new X509Certificate(fixture.UserCertificate(21).Der);

        Assert.Equal(JpkiFixture.Facts, BasicFactsCodec.Read(signing));
        Assert.Null(BasicFactsCodec.Read(user));
        Assert.Null(user.GetSubjectAlternativeNames());
        Assert.DoesNotContain("山田", user.SubjectDN.ToString());
    }

    [Fact(DisplayName = "Key usage: signing is digitalSignature + nonRepudiation, user is digitalSignature only")]
    public void KeyUsageFollowsProfile()
    {
        var signing = fixture.SigningCertificate(22).Certificate.GetKeyUsage();
        var user = fixture.UserCertificate(22).Certificate.GetKeyUsage();

        Assert.True(signing[0] && signing[1]);
        Assert.True(user[0]);
        Assert.False(user[1]);
    }

    [Fact(DisplayName = "Each card certificate is signed by its own issuing CA, which the root certifies")]
    public void HierarchyIsReal()
    {
        var authority = fixture.Authority;
        using var rootKey = RsaKeyPublic(authority.Root.Certificate);
        using var userCaKey = RsaKeyPublic(authority.UserAuthenticationCa.Certificate);
        using var signingCaKey = RsaKeyPublic(authority.SigningCa.Certificate);

        authority.Root.Certificate.Verify(new PlatformRsaVerifierFactory(rootKey));
        authority.SigningCa.Certificate.Verify(new PlatformRsaVerifierFactory(rootKey));
        authority.UserAuthenticationCa.Certificate.Verify(new PlatformRsaVerifierFactory(rootKey));
        fixture.UserCertificate(23).Certificate.Verify(new PlatformRsaVerifierFactory(userCaKey));
        fixture.SigningCertificate(23).Certificate.Verify(new PlatformRsaVerifierFactory(signingCaKey));
        Assert.ThrowsAny<Exception>(() =>
            fixture.UserCertificate(23).Certificate.Verify(new PlatformRsaVerifierFactory(signingCaKey)));
    }

    [Fact(DisplayName = "R-CERT-1: a change of basic facts revokes the signing certificate at once, not the user certificate")]
    public void FactsChangeRevokesOnlySigning()
    {
        var signing = fixture.SigningCertificate(24);
        var user = fixture.UserCertificate(24);
        var verifier = fixture.Authority.CreateVerifier(100);
        var movedAt = _now.AddHours(1);

        Assert.True(fixture.Authority.ApplyBasicFactsChange(signing.Serial, movedAt));

        Assert.Equal(VerificationReasons.Revoked,
            verifier.VerifyCertificate(signing.Der, movedAt, fixture.Authority.StatusOf).ReasonCode);
        Assert.True(verifier.VerifyCertificate(user.Der, movedAt, fixture.Authority.StatusOf).IsValid);
        Assert.Equal(RevocationReason.AffiliationChanged,
            fixture.Authority.SigningRevocations.StatusAt(signing.Serial, movedAt).Reason);
    }

    [Fact(DisplayName = "Serials are deterministic, distinct per kind, card and generation, and carry their kind")]
    public void SerialsAreDeterministic()
    {
        var serials = new HashSet<System.Numerics.BigInteger>();
        foreach (var kind in Enum.GetValues<CertificateKind>())
        {
            for (long card = 0; card < 50; card++)
            {
                for (var generation = 0; generation < 3; generation++)
                {
                    var serial = CertificateSerial.For(kind, card, generation);
                    Assert.True(serials.Add(serial));
                    Assert.Equal(serial, CertificateSerial.For(kind, card, generation));
                    Assert.Equal(kind, CertificateSerial.KindOf(serial));
                }
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CertificateSerial.For(CertificateKind.Signing, CertificateSerial.MaxCardIndex + 1, 0));
    }

    private static System.Security.Cryptography.RSA RsaKeyPublic(X509Certificate certificate)
    {
        var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(certificate.CertificateStructure.SubjectPublicKeyInfo.GetDerEncoded(), out _);
        return rsa;
    }
}
