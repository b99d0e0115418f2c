namespace MyNumber.Domain.Uses;

/// <summary>R-INS-2: how the clinic reader identifies the holder.</summary>
public enum ClinicIdentification
{
    FaceMatch,
    Pin,
    VisualCheck,
}
