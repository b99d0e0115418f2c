namespace MyNumber.SmartCard.Jpki;

/// <summary>How the card took a PIN: these are outcomes, not faults.</summary>
public enum PinVerificationStatus
{
    Verified,
    Wrong,
    Blocked,
}
