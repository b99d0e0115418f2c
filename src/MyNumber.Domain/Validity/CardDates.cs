namespace MyNumber.Domain.Validity;

/// <summary>
/// Every date a holder needs about a card issued on one day with both certificates issued with it
/// (what <c>mynumber dates</c> prints). <see cref="SigningCertificateExpires"/> is null when no signing
/// certificate is issued (under 15, R-VAL-4); <see cref="NoticeDate"/> is null when no notice is sent
/// (fixed period of stay, R-VAL-8).
/// </summary>
public sealed record CardDates(
    DateOnly CardExpires,
    DateOnly? SigningCertificateExpires,
    DateOnly UserCertificateExpires,
    DateOnly CardRenewalOpens,
    DateOnly CertificateRenewalOpens,
    DateOnly? NoticeDate)
{
    /// <summary>
    /// Computes the dates. [decision] Card and certificates each get a notice (p.4); <see cref="NoticeDate"/>
    /// is the first one the holder receives, i.e. the one for the earliest expiry.
    /// Throws <see cref="ArgumentOutOfRangeException"/> for an issue date before birth or a stay that
    /// ends before the issue date: those are malformed inputs, not refusals.
    /// </summary>
    public static CardDates For(DateOnly birth, DateOnly issued, DateOnly? stayUntil = null)
    {
        if (stayUntil is { } end && end < issued)
            throw new ArgumentOutOfRangeException(nameof(stayUntil), "the period of stay ends before the issue date");
        var card = ValidityRules.CardExpires(birth, issued, stayUntil);
        var certificate = ValidityRules.CertificateExpires(birth, issued, stayUntil);
        var signing = ValidityRules.GetsSigningCertificate(birth, issued) ? certificate : (DateOnly?)null;
        var earliest = certificate < card ? certificate : card;
        return new CardDates(
            card,
            signing,
            certificate,
            ValidityRules.RenewalOpens(card),
            ValidityRules.RenewalOpens(certificate),
            ValidityRules.NoticeDate(earliest, stayUntil is not null));
    }
}
