namespace MyNumber.Domain.Kiosk;

/// <summary>R-KIOSK-13: the chains whose stores with a multi-copy machine (マルチコピー機) issue certificates (p.15).</summary>
public enum KioskChain
{
    SevenEleven,
    Lawson,
    FamilyMart,
    Ministop,
}
