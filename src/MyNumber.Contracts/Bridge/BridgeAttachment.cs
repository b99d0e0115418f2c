namespace MyNumber.Contracts.Bridge;

/// <summary>
/// What an attach process tells the bridge when it (re-)subscribes: its reader, how long the bridge waits
/// for the chip's answer (a PIN typed at a prompt takes longer than one read from a file), how often it
/// renews the subscription, and the extra trust anchors (DER) for a physical card that chains to the real
/// JPKI CA rather than the fleet's.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.BridgeAttachment")]
public sealed record BridgeAttachment(
    [property: Id(0)] string Reader,
    [property: Id(1)] TimeSpan OperationTimeout,
    [property: Id(2)] TimeSpan RenewEvery,
    [property: Id(3)] IReadOnlyList<byte[]> TrustAnchors);
