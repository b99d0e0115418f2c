using System.Globalization;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// The four basic facts as subjectAltName otherNames, one per fact, as the real signing certificate holds them.
/// </summary>
public static class BasicFactsCodec
{
    public static GeneralNames ToSubjectAltName(BasicFacts facts) => new(
    [
        OtherName(JpkiOids.Name, new DerUtf8String(facts.Name)),
        OtherName(JpkiOids.DateOfBirth,
            new DerPrintableString(facts.DateOfBirth.ToString("yyyyMMdd", CultureInfo.InvariantCulture))),
        OtherName(JpkiOids.Sex, new DerPrintableString(((int)facts.Sex).ToString(CultureInfo.InvariantCulture))),
        OtherName(JpkiOids.Address, new DerUtf8String(facts.Address)),
    ]);

    /// <summary>The facts in a certificate, or null when it carries none (a user-authentication certificate).</summary>
    public static BasicFacts? Read(X509Certificate certificate)
    {
        var extension = certificate.CertificateStructure.TbsCertificate.Extensions?
            .GetExtension(X509Extensions.SubjectAlternativeName);
        if (extension is null)
        {
            return null;
        }

        var values = new Dictionary<DerObjectIdentifier, string>();
        foreach (var name in GeneralNames.GetInstance(extension.GetParsedValue()).GetNames())
        {
            if (name.TagNo != GeneralName.OtherName)
            {
                continue;
            }

            var other = Asn1Sequence.GetInstance(name.Name);
            var oid = DerObjectIdentifier.GetInstance(other[0]);
            var value = Asn1TaggedObject.GetInstance(other[1]).GetExplicitBaseObject();
            values[oid] = ((IAsn1String)value).GetString();
        }

        if (!values.TryGetValue(JpkiOids.Name, out var fullName) ||
            !values.TryGetValue(JpkiOids.Address, out var address) ||
            !values.TryGetValue(JpkiOids.DateOfBirth, out var birth) ||
            !values.TryGetValue(JpkiOids.Sex, out var sex))
        {
            return null;
        }

        return new BasicFacts(fullName, address,
            DateOnly.ParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture),
            (Sex)int.Parse(sex, CultureInfo.InvariantCulture));
    }

    private static GeneralName OtherName(DerObjectIdentifier type, Asn1Encodable value) =>
        new(GeneralName.OtherName, new DerSequence(type, new DerTaggedObject(true, 0, value)));
}
