namespace MyNumber.Contracts.Clinic;

/// <summary>A clinic's or pharmacy's card reader (key: <see cref="FleetKeys.ClinicReader"/>): online eligibility verification.</summary>
[Alias("mn.IClinicReaderGrain")]
public interface IClinicReaderGrain : IGrainWithStringKey
{
    /// <summary>Identifies the holder of <paramref name="cardKey"/>, verifies the user certificate and answers eligibility.</summary>
    [Alias("Confirm")]
    Task<EligibilityAnswer> ConfirmEligibilityAsync(string cardKey, ClinicIdentificationMethod method, string? pin);

    [Alias("Count")] Task<int> ConfirmationsAsync();
}
