using System.Formats.Asn1;
using System.Numerics;

namespace MyNumber.Jpki.Verification;

/// <summary>
/// The fields of an X.509 certificate that a chain check reads, taken straight from its DER with the
/// platform's ASN.1 reader under strict DER rules. It replaces a full BouncyCastle parse on the verifier's
/// cold path: that parse built an object graph of several kilobytes per certificate (a dictionary of
/// extensions, arrays of encodables), which on the clinic peak was over half of everything the process
/// allocated. Anything that is not a well-formed DER certificate fails <see cref="TryRead"/>.
/// </summary>
internal sealed record CertificateFields(
    ReadOnlyMemory<byte> ToBeSigned,
    BigInteger Serial,
    ReadOnlyMemory<byte> Issuer,
    ReadOnlyMemory<byte> Subject,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string KeyAlgorithm,
    byte[] KeyBits,
    bool IsCa,
    IReadOnlyList<string> Policies,
    string SignatureAlgorithm,
    byte[] Signature)
{
    private const string BasicConstraintsOid = "2.5.29.19";
    private const string CertificatePoliciesOid = "2.5.29.32";

    public static bool TryRead(byte[] der, out CertificateFields? fields)
    {
        try
        {
            fields = Read(der);
            return true;
        }
        catch (AsnContentException)
        {
            fields = null;
            return false;
        }
    }

    private static CertificateFields Read(byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var certificate = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var toBeSigned = certificate.PeekEncodedValue();
        var tbs = certificate.ReadSequence();
        var signatureAlgorithm = ReadAlgorithm(certificate);
        var signature = certificate.ReadBitString(out _);
        certificate.ThrowIfNotEmpty();

        if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            var version = tbs.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0));
            version.ReadInteger();
            version.ThrowIfNotEmpty();
        }

        var serial = tbs.ReadInteger();
        if (ReadAlgorithm(tbs) != signatureAlgorithm) throw new AsnContentException("Inner and outer signature algorithms differ.");
        var issuer = tbs.ReadEncodedValue();
        var validity = tbs.ReadSequence();
        var notBefore = ReadTime(validity);
        var notAfter = ReadTime(validity);
        validity.ThrowIfNotEmpty();
        var subject = tbs.ReadEncodedValue();
        var keyInfo = tbs.ReadSequence();
        var keyAlgorithm = ReadAlgorithm(keyInfo);
        var keyBits = keyInfo.ReadBitString(out _);
        keyInfo.ThrowIfNotEmpty();

        bool isCa = false;
        var policies = new List<string>();
        var extensionsTag = new Asn1Tag(TagClass.ContextSpecific, 3);
        while (tbs.HasData)
        {
            var tag = tbs.PeekTag();
            if (!tag.HasSameClassAndValue(extensionsTag))
            {
                tbs.ReadEncodedValue(); // issuer or subject unique identifier: not used
                continue;
            }

            var wrapper = tbs.ReadSequence(extensionsTag);
            var extensions = wrapper.ReadSequence();
            wrapper.ThrowIfNotEmpty();
            while (extensions.HasData)
            {
                var extension = extensions.ReadSequence();
                var oid = extension.ReadObjectIdentifier();
                if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean)) extension.ReadBoolean();
                var value = extension.ReadOctetString();
                extension.ThrowIfNotEmpty();
                if (oid == BasicConstraintsOid) isCa = ReadIsCa(value);
                else if (oid == CertificatePoliciesOid) ReadPolicies(value, policies);
            }
        }

        return new CertificateFields(toBeSigned, serial, issuer, subject, notBefore, notAfter, keyAlgorithm, keyBits,
            isCa, policies, signatureAlgorithm, signature);
    }

    private static string ReadAlgorithm(AsnReader reader)
    {
        var algorithm = reader.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        if (algorithm.HasData) algorithm.ReadEncodedValue(); // parameters (NULL for RSA)
        algorithm.ThrowIfNotEmpty();
        return oid;
    }

    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();

    private static bool ReadIsCa(byte[] value)
    {
        var constraints = new AsnReader(value, AsnEncodingRules.DER).ReadSequence();
        return constraints.HasData && constraints.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && constraints.ReadBoolean();
    }

    private static void ReadPolicies(byte[] value, List<string> policies)
    {
        var sequence = new AsnReader(value, AsnEncodingRules.DER).ReadSequence();
        while (sequence.HasData)
        {
            var information = sequence.ReadSequence();
            policies.Add(information.ReadObjectIdentifier());
        }
    }
}
