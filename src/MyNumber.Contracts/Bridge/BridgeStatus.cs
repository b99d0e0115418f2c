namespace MyNumber.Contracts.Bridge;

/// <summary>
/// A bridge as the fleet sees it: whether an attach process serves it, its reader, whether a card is
/// registered and how it is trusted, and the last refusal or fault (a reason code) seen.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.BridgeStatus")]
public sealed record BridgeStatus(
    [property: Id(0)] bool Attached,
    [property: Id(1)] string? Reader,
    [property: Id(2)] bool CardRegistered,
    [property: Id(3)] BridgeTrust Trust,
    [property: Id(4)] string? CertificateSerial,
    [property: Id(5)] string? LastReason,
    [property: Id(6)] int ChipOperations);
