namespace MyNumber.Domain.Kiosk;

/// <summary>Why a holder asks the store for their money back (R-KIOSK-10).</summary>
public enum RefundGround
{
    WrongOrder, // the holder chose the wrong certificate or count
    BadPrint,   // the machine printed badly
}
