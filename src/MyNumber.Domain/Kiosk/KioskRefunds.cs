namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-10: a certificate taken by mistake is neither exchanged nor refunded; a bad print that the holder
/// reports to the store staff at once, without taking it away, is stamped void and refunded.
/// (Free certificates are counter-only: <see cref="StoreIssuanceRequest.FeeExempt"/>.)
/// </summary>
public static class KioskRefunds
{
    public static Outcome Decide(RefundGround ground, bool reportedAtOnceToStaff) =>
        ground == RefundGround.BadPrint && reportedAtOnceToStaff
            ? Outcome.Accepted
            : Outcome.Refused(KioskReasons.NoRefund);
}
