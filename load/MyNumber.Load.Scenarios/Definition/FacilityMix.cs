namespace MyNumber.Load.Scenarios.Definition;

/// <summary>Shares of clinic-channel verifications by facility type; they sum to 1.</summary>
public sealed record FacilityMix(double Hospital, double Clinic, double Dental, double Pharmacy);
