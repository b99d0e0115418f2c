using Org.BouncyCastle.Asn1;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// Object identifiers of the certificate profile. The facts follow the layout of the real JPKI signing
/// certificate (subjectAltName otherNames under 1.2.392.200149.8.5.5, J-LIS's arc); the exact numbering and
/// the policy OIDs are modelled from memory of the JPKI profile and were not checked against J-LIS's
/// published profile, so treat them as this simulation's own.
/// </summary>
public static class JpkiOids
{
    private const string FactsArc = "1.2.392.200149.8.5.5";
    private const string PolicyArc = "1.2.392.200149.8.5.1";

    /// <summary>氏名, UTF8String.</summary>
    public static readonly DerObjectIdentifier Name = new($"{FactsArc}.1");

    /// <summary>生年月日, PrintableString YYYYMMDD.</summary>
    public static readonly DerObjectIdentifier DateOfBirth = new($"{FactsArc}.3");

    /// <summary>性別, PrintableString ISO 5218 digit.</summary>
    public static readonly DerObjectIdentifier Sex = new($"{FactsArc}.4");

    /// <summary>住所, UTF8String.</summary>
    public static readonly DerObjectIdentifier Address = new($"{FactsArc}.5");

    public static readonly DerObjectIdentifier SigningPolicy = new($"{PolicyArc}.1.10");

    public static readonly DerObjectIdentifier UserAuthenticationPolicy = new($"{PolicyArc}.3.10");
}
