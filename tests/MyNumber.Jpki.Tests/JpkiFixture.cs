using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Keys;

namespace MyNumber.Jpki.Tests;

/// <summary>One authority and one small card key pool for the whole test assembly: keys are generated once and
/// cached beside the test binaries, so later runs load them in milliseconds.</summary>
public sealed class JpkiFixture
{
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

    public static readonly BasicFacts Facts = new("山田 花子", "東京都文京区春日1-16-21", new DateOnly(1990, 2, 3), Sex.Female);

    public JpkiFixture()
    {
        KeyCache = Path.Combine(AppContext.BaseDirectory, "key-cache");
        Authority = JpkiAuthority.Create("jpki-tests", Now.AddYears(-5), KeyCache, revocationShards: 8);
        CardKeys = CardKeyPool.Create("jpki-tests", 4, KeyCache);
    }

    public string KeyCache { get; }

    public JpkiAuthority Authority { get; }

    public CardKeyPool CardKeys { get; }

    public IssuedCertificate UserCertificate(long card, int generation = 0, DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null) =>
        Authority.IssueUserAuthenticationCertificate(CardKeys.KeyFor(card).PublicKeyInfo,
            CertificateSerial.For(CertificateKind.UserAuthentication, card, generation),
            notBefore ?? Now.AddDays(-1), notAfter ?? Now.AddYears(5));

    public IssuedCertificate SigningCertificate(long card, int generation = 0) =>
        Authority.IssueSigningCertificate(CardKeys.KeyFor(card).PublicKeyInfo, Facts,
            CertificateSerial.For(CertificateKind.Signing, card, generation), Now.AddDays(-1), Now.AddYears(5));
}
