namespace MyNumber.Domain.Uses;

/// <summary>R-INS-1: where the card is registered for health-insurance use.</summary>
public enum InsuranceRegistrationChannel
{
    /// <summary>On Myna Portal (user certificate and PIN).</summary>
    MynaPortal,

    /// <summary>At a Seven Bank ATM (user PIN).</summary>
    SevenBankAtm,

    /// <summary>At a clinic's or pharmacy's card reader (face match or PIN).</summary>
    ClinicTerminal,
}
