namespace MyNumber.Contracts.Cards;

/// <summary>
/// A challenge signed on the card after the PIN, with the certificate that verifies it (DER). On refusal
/// both arrays are empty and <see cref="Reason"/> says why.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.CardSignature")]
public sealed record CardSignature(
    [property: Id(0)] string? Reason,
    [property: Id(1)] byte[] Signature,
    [property: Id(2)] byte[] Certificate)
{
    public bool Accepted => Reason is null;

    public static CardSignature Refused(string reason) => new(reason, [], []);
}
