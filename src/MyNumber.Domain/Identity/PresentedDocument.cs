namespace MyNumber.Domain.Identity;

/// <summary>
/// A document shown at a counter. <paramref name="DetailsCurrent"/> matters for a notification card only:
/// after its abolition (2020-05-25) it proves the number only while its name and address still match
/// the resident record (p.2 note).
/// </summary>
public readonly record struct PresentedDocument(IdentityDocument Kind, bool DetailsCurrent = true);
