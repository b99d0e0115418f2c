namespace MyNumber.Contracts.Clinic;

/// <summary>How the clinic's reader identifies the holder (R-INS-2).</summary>
[GenerateSerializer, Alias("mn.ClinicIdentificationMethod")]
public enum ClinicIdentificationMethod
{
    /// <summary>Face match against the chip photo: certificate read, chain and revocation; no private key.</summary>
    FaceMatch = 0,

    /// <summary>The 4-digit user PIN, then the card signs the reader's challenge.</summary>
    Pin = 1,
}
