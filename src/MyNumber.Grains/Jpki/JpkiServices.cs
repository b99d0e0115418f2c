using System.Numerics;
using MyNumber.Contracts.Cards;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Keys;
using MyNumber.Jpki.Revocation;

namespace MyNumber.Grains.Jpki;

/// <summary>
/// The JPKI authority and the card key pool of one silo, built lazily on first use (key generation costs
/// seconds; a silo that never issues a certificate never pays it). Deterministic from the seed, so all
/// silos hold the same CA and issue byte-identical certificates for the same order.
/// </summary>
public sealed class JpkiServices(JpkiSettings settings)
{
    private readonly Lazy<JpkiAuthority> _authority = new(() =>
        JpkiAuthority.Create(settings.Seed, settings.AuthorityStart, KeyCache(settings), settings.RevocationShards));

    private readonly Lazy<CardKeyPool> _cardKeys = new(() =>
        CardKeyPool.Create(settings.Seed, settings.CardKeys, KeyCache(settings)));

    public JpkiSettings Settings { get; } = settings;

    public JpkiAuthority Authority => _authority.Value;

    public CardKeyPool CardKeys => _cardKeys.Value;

    private static string? KeyCache(JpkiSettings settings) =>
        string.IsNullOrWhiteSpace(settings.KeyCacheDirectory) ? null : settings.KeyCacheDirectory;

    public static CertificateKind KindOf(CertificateUse use) =>
        use == CertificateUse.Signing ? CertificateKind.Signing : CertificateKind.UserAuthentication;

    public static BigInteger Serial(CertificateUse use, long cardIndex, int sequence) =>
        CertificateSerial.For(KindOf(use), cardIndex, sequence);

    public int ShardOf(BigInteger serial) => RevocationShardMap.ShardOf(serial, Settings.RevocationShards);
}
