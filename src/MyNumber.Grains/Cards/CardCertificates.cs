using System.Globalization;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using Microsoft.Extensions.DependencyInjection;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Revocation;

namespace MyNumber.Grains.Cards;

/// <summary>
/// A card's dealings with the JPKI authority: issuing through the signers, revoking in the shards. A
/// certificate is named by (resident index, card generation, sequence on that card); the serial's
/// generation field packs the last two, so a reissued card never reuses a serial of the card before it.
/// A certificate issued before today's simulated date existed long before this run: it is read from the
/// <see cref="IssuedCertificateStore"/> (kept between runs under the key cache directory) when an earlier run
/// or a pre-issue step signed it, and kept there once signed. One issued today is always signed by the CA.
/// </summary>
public sealed class CardCertificates(IGrainFactory grains, JpkiServices jpki, CertificateCache cache, IServiceProvider services)
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);
    private readonly FleetClock? _clock = services.GetService<FleetClock>();
    private readonly IssuedCertificateStore? _store = CreateStore(jpki.Settings);

    public JpkiServices Jpki => jpki;

    /// <summary>The certificate's DER: from this silo's cache, or issued (again) by a signer.</summary>
    public async Task<byte[]> DerAsync(long cardIndex, int generation, CertificateUse use, int sequence, HolderFacts holder, DateOnly issuedOn, DateOnly expires)
    {
        sequence = SerialSequence(generation, sequence);
        if (cache.TryGet(cardIndex, sequence, (int)use, out var der)) return der;
        var order = new CertificateOrder(use, cardIndex, sequence, use == CertificateUse.Signing ? holder : null,
            new DateTimeOffset(issuedOn.ToDateTime(TimeOnly.MinValue), Japan),
            new DateTimeOffset(expires.ToDateTime(new TimeOnly(23, 59, 59)), Japan));
        var stored = IssuedBeforeToday(order) ? _store : null;
        var key = stored is null ? default : IssuedCertificateStore.KeyOf(Canonical(order));
        if (stored is null || !stored.TryGet(key, out der))
        {
            der = await grains.GetGrain<ICertificateSignerGrain>(0).IssueAsync(order);
            stored?.Add(key, der);
        }

        cache.Put(cardIndex, sequence, (int)use, der);
        return der;
    }

    /// <summary>Certificates issued before this silo's simulated today (JST): they exist whatever this run does.</summary>
    private bool IssuedBeforeToday(CertificateOrder order)
    {
        if (_clock is null) return false;
        var today = _clock.UtcNow.ToOffset(Japan);
        return order.NotBefore < new DateTimeOffset(today.Date, Japan);
    }

    private static IssuedCertificateStore? CreateStore(JpkiSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.KeyCacheDirectory)) return null;
        var c = CultureInfo.InvariantCulture;
        // Everything besides the order that the certificate bytes depend on: the CA keys and the card key pool.
        var authority = string.Create(c, $"v1|{settings.Seed}|{settings.CardKeys}|{settings.AuthorityStart:o}");
        return new IssuedCertificateStore(Path.Combine(settings.KeyCacheDirectory, "certificates"), authority);
    }

    private static string Canonical(CertificateOrder o)
    {
        var c = CultureInfo.InvariantCulture;
        var h = o.Holder;
        var holder = h is null ? "-" : string.Create(c, $"{h.Name}|{h.Address}|{h.BirthDate:yyyy-MM-dd}|{h.Female}|{h.Japanese}|{h.StayEnds:yyyy-MM-dd}");
        return string.Create(c, $"{o.Kind}|{o.CardIndex}|{o.Sequence}|{o.NotBefore:o}|{o.NotAfter:o}|{holder}");
    }

    public Task<bool> RevokeAsync(long cardIndex, int generation, CertificateUse use, int? sequence, DateTimeOffset at, RevocationReason reason)
    {
        if (sequence is not { } seq) return Task.FromResult(false);
        var (shard, serial) = Locate(cardIndex, use, SerialSequence(generation, seq));
        return shard.RevokeAsync(serial, at, (int)reason);
    }

    public Task<bool> ReleaseAsync(long cardIndex, int generation, CertificateUse use, int? sequence)
    {
        if (sequence is not { } seq) return Task.FromResult(false);
        var (shard, serial) = Locate(cardIndex, use, SerialSequence(generation, seq));
        return shard.ReleaseAsync(serial);
    }

    /// <summary>The serial's 16-bit generation field: card generation (high byte) and sequence (low byte).</summary>
    public static int SerialSequence(int generation, int sequence)
    {
        if (generation is < 0 or > 255 || sequence is < 0 or > 255)
            throw new ArgumentOutOfRangeException(nameof(sequence), "a card has at most 256 generations of 256 certificates");
        return (generation << 8) | sequence;
    }

    private (IRevocationShardGrain Shard, string Serial) Locate(long cardIndex, CertificateUse use, int sequence)
    {
        var serial = JpkiServices.Serial(use, cardIndex, sequence);
        var shard = grains.GetGrain<IRevocationShardGrain>(RevocationShardKey.For(use, jpki.ShardOf(serial)));
        return (shard, serial.ToString(CultureInfo.InvariantCulture));
    }
}
