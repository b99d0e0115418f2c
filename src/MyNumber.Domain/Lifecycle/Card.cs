using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// One physical card and everything the rules need to decide its next event. Immutable: change it only
/// through <see cref="CardLifecycle"/>. Dates that do not apply yet are null (no expiry before handover).
/// </summary>
public sealed record Card
{
    public required CardHolder Holder { get; init; }
    public required CardState State { get; init; }
    public required DateOnly AppliedOn { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? Expires { get; init; }
    public CertificateState Signing { get; init; } = CertificateState.NotIssued;
    public CertificateState UserAuthentication { get; init; } = CertificateState.NotIssued;

    /// <summary>Null until handover.</summary>
    public PinSet? Pins { get; init; }

    /// <summary>The state a suspended card returns to when found (Active or MovedOverseas).</summary>
    public CardState? SuspendedFrom { get; init; }

    public PendingTransfer? PendingTransfer { get; init; }

    /// <summary>R-MOVE-1: the first day a signing certificate may be issued again after a change by proxy.</summary>
    public DateOnly? SigningReissueNotBefore { get; init; }

    /// <summary>R-MOVE-5: the move-out date printed in the card's update field.</summary>
    public DateOnly? OverseasMoveOut { get; init; }

    /// <summary>R-MOVE-4: an old surname (旧氏) is printed.</summary>
    public bool OldSurnamePrinted { get; init; }

    /// <summary>The day the surface (back field) was last updated at a counter (R-MOVE-1, R-MOVE-2, R-MOVE-6).</summary>
    public DateOnly? SurfaceUpdatedOn { get; init; }

    /// <summary>R-CERT-3: the day a renewal was applied for in person, if any.</summary>
    public DateOnly? RenewalAppliedOn { get; init; }

    public bool IsFaceAuthentication => Pins?.IsFaceAuthentication ?? false;

    /// <summary>Whether the card can be used at all (Active or in use abroad).</summary>
    public bool IsInUse => State is CardState.Active or CardState.MovedOverseas;

    /// <summary>A new application (R-MN-1: only residents with a resident record apply).</summary>
    public static Card Apply(CardHolder holder, DateOnly on)
    {
        if (on < holder.Birth) throw new ArgumentOutOfRangeException(nameof(on), "application before birth");
        return new Card { Holder = holder, State = CardState.Applied, AppliedOn = on };
    }

    public CertificateState Certificate(CertificateKind kind) =>
        kind == CertificateKind.Signing ? Signing : UserAuthentication;

    internal Card WithCertificate(CertificateKind kind, CertificateState state) =>
        kind == CertificateKind.Signing ? this with { Signing = state } : this with { UserAuthentication = state };

    internal Card RevokeAll(RevocationReason reason, DateOnly on) =>
        this with { Signing = Signing.Revoke(reason, on), UserAuthentication = UserAuthentication.Revoke(reason, on) };

    /// <summary>A certificate issued on <paramref name="on"/> (R-VAL-3, R-VAL-5); it never outlives the card.</summary>
    internal CertificateState NewCertificate(DateOnly on)
    {
        var expires = ValidityRules.CertificateExpires(Holder.Birth, on, Holder.StayUntil);
        return CertificateState.IssuedOn(on, Expires is { } card && card < expires ? card : expires);
    }
}
