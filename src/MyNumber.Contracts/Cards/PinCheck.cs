namespace MyNumber.Contracts.Cards;

/// <summary>The answer to a PIN entry: refused with a reason, and how many tries the slot has left.</summary>
[GenerateSerializer, Immutable, Alias("mn.PinCheck")]
public sealed record PinCheck([property: Id(0)] string? Reason, [property: Id(1)] int TriesLeft)
{
    public bool Accepted => Reason is null;
}
