using System.Numerics;
using System.Security.Cryptography;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Crypto;
using MyNumber.Jpki.Revocation;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Tests;

[Collection(FixtureCollection.Name)]
public sealed class RevocationTests(JpkiFixture fixture)
{
    private readonly DateTimeOffset _now = JpkiFixture.Now;

    [Fact(DisplayName = "ShardOf is stable, in range and spreads serials over every shard")]
    public void ShardMapIsPureAndSpread()
    {
        var counts = new int[16];
        for (long card = 0; card < 16_000; card++)
        {
            var serial = CertificateSerial.For(CertificateKind.UserAuthentication, card, 0);
            var shard = RevocationShardMap.ShardOf(serial, 16);
            Assert.Equal(shard, RevocationShardMap.ShardOf(serial, 16));
            counts[shard]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 700, 1300));
        Assert.Equal(0, RevocationShardMap.ShardOf(BigInteger.One, 1));
    }

    [Fact(DisplayName = "R-CERT-2: a shard says good before the revocation time and revoked from it on; the earliest revocation wins")]
    public void ShardAnswersByTime()
    {
        var shard = new RevocationShard();
        var serial = new BigInteger(42);

        Assert.True(shard.Revoke(serial, _now, RevocationReason.KeyCompromise));
        Assert.False(shard.Revoke(serial, _now.AddDays(1), RevocationReason.Superseded));
        Assert.True(shard.Revoke(serial, _now.AddHours(-1), RevocationReason.CessationOfOperation));

        Assert.Equal(CertificateStatusKind.Good, shard.StatusAt(serial, _now.AddHours(-2)).Kind);
        var status = shard.StatusAt(serial, _now);
        Assert.Equal(CertificateStatus.Revoked(_now.AddHours(-1), RevocationReason.CessationOfOperation), status);
        Assert.Equal(CertificateStatusKind.Good, shard.StatusAt(new BigInteger(43), _now).Kind);
        Assert.Equal(1, new RevocationShard(shard.Entries).Count);
    }

    [Fact(DisplayName = "A hold (hotline suspension) can be lifted; a real revocation cannot")]
    public void HoldCanBeReleased()
    {
        var shard = new RevocationShard();
        shard.Revoke(1, _now, RevocationReason.CertificateHold);
        shard.Revoke(2, _now, RevocationReason.KeyCompromise);

        Assert.True(shard.Release(1));
        Assert.False(shard.Release(2));
        Assert.Equal(CertificateStatusKind.Good, shard.StatusAt(1, _now).Kind);
        Assert.Equal(CertificateStatusKind.Revoked, shard.StatusAt(2, _now).Kind);
    }

    [Fact(DisplayName = "A CRL lists the serials revoked by its time, with reasons, and verifies under the CA key only")]
    public void CrlListsRevokedAndVerifies()
    {
        var ca = fixture.Authority.UserAuthenticationCa;
        var shard = new RevocationShard();
        shard.Revoke(CertificateSerial.For(CertificateKind.UserAuthentication, 1, 0), _now.AddHours(-1), RevocationReason.KeyCompromise);
        shard.Revoke(CertificateSerial.For(CertificateKind.UserAuthentication, 2, 0), _now.AddHours(-2), RevocationReason.Superseded);
        shard.Revoke(CertificateSerial.For(CertificateKind.UserAuthentication, 3, 0), _now.AddHours(5), RevocationReason.KeyCompromise);

        var crl = new X509Crl(CrlPublisher.Generate(ca, shard.Entries, 7, _now, _now.AddDays(1)).GetEncoded());

        using var caKey = RSA.Create();
        caKey.ImportSubjectPublicKeyInfo(ca.Certificate.CertificateStructure.SubjectPublicKeyInfo.GetDerEncoded(), out _);
        crl.Verify(new PlatformRsaVerifierFactory(caKey));
        using var otherKey = RSA.Create();
        otherKey.ImportSubjectPublicKeyInfo(fixture.Authority.SigningCa.Certificate.CertificateStructure.SubjectPublicKeyInfo.GetDerEncoded(), out _);
        Assert.ThrowsAny<Exception>(() => crl.Verify(new PlatformRsaVerifierFactory(otherKey)));

        var listed = crl.GetRevokedCertificates().ToDictionary(e => e.SerialNumber.LongValue);
        Assert.Equal(2, listed.Count);
        Assert.True(listed.ContainsKey((long)CertificateSerial.For(CertificateKind.UserAuthentication, 1, 0)));
        Assert.True(listed.ContainsKey((long)CertificateSerial.For(CertificateKind.UserAuthentication, 2, 0)));
        Assert.Equal(ca.Name, crl.IssuerDN);
    }

    [Theory(DisplayName = "An OCSP answer says good, revoked with time and reason, or unknown, signed by the CA")]
    [InlineData(CertificateStatusKind.Good)]
    [InlineData(CertificateStatusKind.Revoked)]
    [InlineData(CertificateStatusKind.Unknown)]
    public void OcspRoundTrip(CertificateStatusKind kind)
    {
        var ca = fixture.Authority.SigningCa;
        var serial = CertificateSerial.For(CertificateKind.Signing, 31, 0);
        var revokedAt = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
        var status = kind switch
        {
            CertificateStatusKind.Good => CertificateStatus.Good,
            CertificateStatusKind.Revoked => CertificateStatus.Revoked(revokedAt, RevocationReason.AffiliationChanged),
            _ => CertificateStatus.Unknown,
        };

        var response = OcspResponder.Respond(ca, serial, status, _now, _now.AddHours(1));

        Assert.Equal(status, OcspResponder.ReadStatus(response, ca.Certificate, serial));
        Assert.Equal(CertificateStatus.Unknown, OcspResponder.ReadStatus(response, ca.Certificate, serial + 1));
    }

    [Fact(DisplayName = "An OCSP answer checked against another CA, or altered, reads as unknown")]
    public void OcspForgeryIsUnknown()
    {
        var serial = CertificateSerial.For(CertificateKind.Signing, 32, 0);
        var response = OcspResponder.Respond(fixture.Authority.SigningCa, serial,
            CertificateStatus.Revoked(_now, RevocationReason.KeyCompromise), _now, _now.AddHours(1));
        var altered = (byte[])response.Clone();
        altered[^10] ^= 0xFF;

        Assert.Equal(CertificateStatus.Unknown,
            OcspResponder.ReadStatus(response, fixture.Authority.UserAuthenticationCa.Certificate, serial));
        Assert.Equal(CertificateStatus.Unknown,
            OcspResponder.ReadStatus(altered, fixture.Authority.SigningCa.Certificate, serial));
    }
}
