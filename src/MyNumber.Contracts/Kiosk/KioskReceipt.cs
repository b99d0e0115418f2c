namespace MyNumber.Contracts.Kiosk;

/// <summary>A printed document and its fee, or the refusal reason; the print time is simulated.</summary>
[GenerateSerializer, Immutable, Alias("mn.KioskReceipt")]
public sealed record KioskReceipt(
    [property: Id(0)] string? Reason,
    [property: Id(1)] int FeeYen,
    [property: Id(2)] TimeSpan PrintTime)
{
    public bool Accepted => Reason is null;
}
