namespace MyNumber.Domain.Identity;

/// <summary>
/// R-ID-1: a procedure that needs the number needs A (proof of number) and B (proof of identity).
/// The card alone is both; notification card, number notice and resident record are never B.
/// </summary>
public static class ProofOfIdentity
{
    /// <summary>The day notification cards were abolished and number notices began.</summary>
    public static readonly DateOnly NotificationCardAbolished = new(2020, 5, 25);

    public static Outcome Check(IEnumerable<PresentedDocument> documents, DateOnly on)
    {
        var docs = documents.ToList();
        if (!docs.Any(d => ProvesNumber(d, on))) return Outcome.Refused(NumberReasons.NoProofOfNumber);
        return ProvesIdentity(docs) ? Outcome.Accepted : Outcome.Refused(NumberReasons.NoProofOfIdentity);
    }

    /// <summary>A: whether this document proves the number on <paramref name="on"/>.</summary>
    public static bool ProvesNumber(PresentedDocument document, DateOnly on) => document.Kind switch
    {
        IdentityDocument.MyNumberCard => true,
        IdentityDocument.ResidentRecordWithNumber => true,
        IdentityDocument.NotificationCard => on < NotificationCardAbolished || document.DetailsCurrent,
        _ => false,
    };

    /// <summary>B: one photo ID, or two documents without a photo.</summary>
    public static bool ProvesIdentity(IEnumerable<PresentedDocument> documents)
    {
        var docs = documents.ToList();
        return docs.Any(d => IsPhotoId(d.Kind)) || docs.Count(d => d.Kind == IdentityDocument.NonPhotoDocument) >= 2;
    }

    /// <summary>Whether a document counts as an identity document at all (photo or not); A-only documents do not.</summary>
    public static bool IsIdentityDocument(IdentityDocument kind) => IsPhotoId(kind) || kind == IdentityDocument.NonPhotoDocument;

    private static bool IsPhotoId(IdentityDocument kind) => kind is IdentityDocument.MyNumberCard
        or IdentityDocument.DrivingLicence or IdentityDocument.Passport or IdentityDocument.OtherPhotoId;
}
