using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Verification;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Tests;

/// <summary>
/// The verifier reads certificates with its own strict DER reader (no BouncyCastle parse on the cold path):
/// it must read what BouncyCastle reads from the CA's certificates, and refuse, never throw on, anything cut
/// short, padded or bit-flipped.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class CertificateParsingTests(JpkiFixture fixture)
{
    private readonly DateTimeOffset _now = JpkiFixture.Now;

    [Fact(DisplayName = "The verifier's reading of an issued certificate agrees with BouncyCastle's: serial, validity, kind")]
    public void ReadingAgreesWithBouncyCastle()
    {
        foreach (var issued in new[] { fixture.UserCertificate(31), fixture.SigningCertificate(32) })
        {
            var parsed = new X509Certificate(issued.Der);
            var result = fixture.Authority.CreateVerifier(10).VerifyCertificate(issued.Der, _now, fixture.Authority.StatusOf);

            Assert.Equal(VerificationReasons.Ok, result.ReasonCode);
            Assert.Equal(issued.Serial, result.Certificate!.Identity.Serial);
            Assert.True(result.Certificate.ValidFrom >= new DateTimeOffset(parsed.NotBefore, TimeSpan.Zero));
            Assert.True(result.Certificate.ValidUntil <= new DateTimeOffset(parsed.NotAfter, TimeSpan.Zero));
        }

        Assert.Equal(CertificateKind.UserAuthentication, Verify(fixture.UserCertificate(31).Der).Certificate!.Kind);
        Assert.Equal(CertificateKind.Signing, Verify(fixture.SigningCertificate(32).Der).Certificate!.Kind);
    }

    [Fact(DisplayName = "Every truncation of a certificate, and one with a byte appended, is refused as cert.malformed")]
    public void TruncatedOrPaddedRefused()
    {
        var der = fixture.UserCertificate(33).Der;
        var verifier = fixture.Authority.CreateVerifier(10);
        for (int length = 0; length < der.Length; length++)
        {
            Assert.Equal(VerificationReasons.Malformed, verifier.VerifyCertificate(der[..length], _now, fixture.Authority.StatusOf).ReasonCode);
        }

        Assert.Equal(VerificationReasons.Malformed, verifier.VerifyCertificate([.. der, 0x00], _now, fixture.Authority.StatusOf).ReasonCode);
    }

    [Fact(DisplayName = "Any single flipped bit of a certificate is refused (malformed, untrusted or bad signature), never thrown or accepted")]
    public void FlippedBitsRefused()
    {
        var der = fixture.UserCertificate(34).Der;
        var verifier = fixture.Authority.CreateVerifier(10);
        var random = new Random(34);
        for (int i = 0; i < 2_000; i++)
        {
            var copy = (byte[])der.Clone();
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
            if (copy.AsSpan().SequenceEqual(der)) continue;
            var result = verifier.VerifyCertificate(copy, _now, fixture.Authority.StatusOf);
            Assert.False(result.IsValid, $"flip {i} accepted");
        }
    }

    private VerificationResult Verify(byte[] der) =>
        fixture.Authority.CreateVerifier(10).VerifyCertificate(der, _now, fixture.Authority.StatusOf);
}
