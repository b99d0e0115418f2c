namespace MyNumber.Contracts.Cards;

/// <summary>The PINs the holder sets at handover (R-PIN-1). Face-authentication cards set none.</summary>
[GenerateSerializer, Immutable, Alias("mn.HandoverPins")]
public sealed record HandoverPins(
    [property: Id(0)] string Signing,
    [property: Id(1)] string UserAuthentication,
    [property: Id(2)] string ResidentRegistry,
    [property: Id(3)] string CardInfoInput)
{
    /// <summary>The three 4-digit PINs share one value, as the guide allows.</summary>
    public static HandoverPins Of(string signing, string fourDigits) => new(signing, fourDigits, fourDigits, fourDigits);

    /// <summary>Never shows a PIN.</summary>
    public override string ToString() => "HandoverPins(****)";
}
