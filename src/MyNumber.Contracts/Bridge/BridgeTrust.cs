namespace MyNumber.Contracts.Bridge;

/// <summary>Why the bridge trusts the card in the reader.</summary>
[GenerateSerializer, Alias("mn.BridgeTrust")]
public enum BridgeTrust
{
    None = 0,

    /// <summary>Issued by the fleet's JPKI authority: verified by the fleet's verifiers, revocation included.</summary>
    Fleet = 1,

    /// <summary>Chains to a trust anchor given at attach (a physical card and the real JPKI CA).</summary>
    Anchor = 2,
}
