namespace MyNumber.Contracts.Kiosk;

/// <summary>
/// One store-issuance session (R-KIOSK-11): the card placed, the user PIN entered, the document
/// (Domain certificate kind number) and copies. The PIN is never logged.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.KioskOrder")]
public sealed record KioskOrder(
    [property: Id(0)] string CardKey,
    [property: Id(1)] string UserPin,
    [property: Id(2)] int DocumentKind,
    [property: Id(3)] int Copies)
{
    public override string ToString() => $"KioskOrder({CardKey}, document {DocumentKind} ×{Copies})";
}
