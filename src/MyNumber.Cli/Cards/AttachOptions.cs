using MyNumber.Contracts.Bridge;

namespace MyNumber.Cli.Cards;

/// <summary>
/// How <c>mynumber attach</c> serves one reader: whose card it is (null: read from a fleet-issued
/// certificate's serial), where PINs come from, extra trust anchors (DER) for a physical card, and the
/// bridge's timeouts.
/// </summary>
public sealed record AttachOptions(string Reader, long? Resident, PinSource Pins, IReadOnlyList<byte[]> TrustAnchors)
{
    public TimeSpan RenewEvery { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the bridge waits for the chip; a person typing a PIN gets longer.</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public BridgeAttachment ToAttachment() => new(Reader,
        Pins.Interactive ? TimeSpan.FromMinutes(2) + OperationTimeout : OperationTimeout, RenewEvery, TrustAnchors);
}
