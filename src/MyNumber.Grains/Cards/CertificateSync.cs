using MyNumber.Contracts.Cards;
using MyNumber.Domain.Lifecycle;
using JpkiReason = MyNumber.Jpki.Revocation.RevocationReason;

namespace MyNumber.Grains.Cards;

/// <summary>
/// Tells the JPKI authority what a Domain transition did to a card's certificates, by comparing the stored
/// card before and after: a new sequence is issued (and the one it replaces, if still good, superseded), a
/// certificate the Domain revoked is revoked, and a suspension puts both on hold until the card resumes
/// (R-LOSS-1, R-LOSS-2). Nothing here decides: the Domain already did. Static, so a card grain carries no
/// helper object of its own (a million active cards each paid for one).
/// </summary>
public static class CertificateSync
{
    /// <summary>
    /// Whether a change from <paramref name="before"/> to <paramref name="after"/> can concern the authority:
    /// only a certificate or the card's status moving does. A PIN entry, the common change, does neither.
    /// </summary>
    public static bool Concerns(CardState before, CardState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Status != after.Status || before.UserCertificate != after.UserCertificate
            || before.SigningCertificate != after.SigningCertificate;
    }

    public static async Task ApplyAsync(this CardCertificates certificates, long index, int generation, CardState before, CardState after, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        await certificates.OneAsync(index, generation, CertificateUse.UserAuthentication, before.UserCertificate, after.UserCertificate, after, at);
        await certificates.OneAsync(index, generation, CertificateUse.Signing, before.SigningCertificate, after.SigningCertificate, after, at);
        var wasInUse = before.Status is CardStatus.Active or CardStatus.MovedOverseas;
        if (wasInUse && after.Status == CardStatus.Suspended)
        {
            await certificates.HoldAsync(index, generation, CertificateUse.UserAuthentication, after.UserCertificate, at);
            await certificates.HoldAsync(index, generation, CertificateUse.Signing, after.SigningCertificate, at);
        }
        else if (before.Status == CardStatus.Suspended && after.Status is CardStatus.Active or CardStatus.MovedOverseas)
        {
            await certificates.ReleaseAsync(index, generation, CertificateUse.UserAuthentication, after.UserSequence);
            await certificates.ReleaseAsync(index, generation, CertificateUse.Signing, after.SigningSequence);
        }
    }

    /// <summary>The certificate's bytes (issued again by a signer when not cached on this silo).</summary>
    public static Task<byte[]> DerAsync(this CardCertificates certificates, long index, int generation, CertificateUse use, CardState card)
    {
        var stored = use == CertificateUse.Signing ? card.SigningCertificate : card.UserCertificate;
        return stored is { } s && card.Holder is { } holder
            ? certificates.DerAsync(index, generation, use, s.Sequence, holder, s.Issued, s.Expires)
            : Task.FromResult(Array.Empty<byte>());
    }

    private static async Task OneAsync(this CardCertificates certificates, long index, int generation, CertificateUse use, StoredCertificate? before, StoredCertificate? after,
        CardState card, DateTimeOffset at)
    {
        if (after is null) return;
        if (before is null || before.Sequence != after.Sequence)
        {
            await certificates.DerAsync(index, generation, use, card);
            if (before is { } old && (CertificateStatus)old.Status == CertificateStatus.Valid)
                await certificates.RevokeAsync(index, generation, use, old.Sequence, at, JpkiReason.Superseded);
            return;
        }

        if (!before.IsRevoked && after.IsRevoked)
            await certificates.RevokeAsync(index, generation, use, after.Sequence, at, Jpki(after, card.Status));
    }

    private static Task HoldAsync(this CardCertificates certificates, long index, int generation, CertificateUse use, StoredCertificate? certificate, DateTimeOffset at) =>
        certificate is { IsRevoked: false }
            ? certificates.RevokeAsync(index, generation, use, certificate.Sequence, at, JpkiReason.CertificateHold)
            : Task.CompletedTask;

    private static JpkiReason Jpki(StoredCertificate revoked, CardStatus status) => (RevocationReason?)revoked.RevocationReason switch
    {
        RevocationReason.BasicFactsChanged => JpkiReason.AffiliationChanged,
        RevocationReason.HolderRequest => JpkiReason.Unspecified,
        _ when status == CardStatus.Superseded => JpkiReason.Superseded,
        _ => JpkiReason.CessationOfOperation,
    };
}
