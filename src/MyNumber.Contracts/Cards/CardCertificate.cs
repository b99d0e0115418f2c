namespace MyNumber.Contracts.Cards;

/// <summary>A certificate read from the card without a PIN (DER), or the reason it cannot be read.</summary>
[GenerateSerializer, Immutable, Alias("mn.CardCertificate")]
public sealed record CardCertificate(
    [property: Id(0)] string? Reason,
    [property: Id(1)] byte[] Certificate,
    [property: Id(2)] bool FaceAuthenticationOnly)
{
    public bool Accepted => Reason is null;
}
