namespace MyNumber.SmartCard.Jpki;

/// <summary>The card's answer to VERIFY: the outcome and the tries it says are left.</summary>
public readonly record struct PinVerification(PinVerificationStatus Status, int TriesLeft)
{
    public bool IsVerified => Status == PinVerificationStatus.Verified;
}
