using System.Globalization;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Grains.Jpki;
using MyNumber.Jpki.Revocation;

namespace MyNumber.Grains.Cards;

/// <summary>
/// A card's dealings with the JPKI authority: issuing through the signers, revoking in the shards. A
/// certificate is named by (resident index, card generation, sequence on that card); the serial's
/// generation field packs the last two, so a reissued card never reuses a serial of the card before it.
/// </summary>
public sealed class CardCertificates(IGrainFactory grains, JpkiServices jpki, CertificateCache cache)
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public JpkiServices Jpki => jpki;

    /// <summary>The certificate's DER: from this silo's cache, or issued (again) by a signer.</summary>
    public async Task<byte[]> DerAsync(long cardIndex, int generation, CertificateUse use, int sequence, HolderFacts holder, DateOnly issuedOn, DateOnly expires)
    {
        sequence = SerialSequence(generation, sequence);
        if (cache.TryGet(cardIndex, sequence, (int)use, out var der)) return der;
        var order = new CertificateOrder(use, cardIndex, sequence, use == CertificateUse.Signing ? holder : null,
            new DateTimeOffset(issuedOn.ToDateTime(TimeOnly.MinValue), Japan),
            new DateTimeOffset(expires.ToDateTime(new TimeOnly(23, 59, 59)), Japan));
        der = await grains.GetGrain<ICertificateSignerGrain>(0).IssueAsync(order);
        cache.Put(cardIndex, sequence, (int)use, der);
        return der;
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
