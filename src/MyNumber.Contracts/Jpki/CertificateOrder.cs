using MyNumber.Contracts.Cards;

namespace MyNumber.Contracts.Jpki;

/// <summary>
/// What a card asks the JPKI authority to certify. The serial is a pure function of (kind, card index,
/// sequence), so any signer may issue it and a repeated order yields the same certificate bytes.
/// <see cref="Holder"/> is needed for a signing certificate (it carries the four basic facts).
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.CertificateOrder")]
public sealed record CertificateOrder(
    [property: Id(0)] CertificateUse Kind,
    [property: Id(1)] long CardIndex,
    [property: Id(2)] int Sequence,
    [property: Id(3)] HolderFacts? Holder,
    [property: Id(4)] DateTimeOffset NotBefore,
    [property: Id(5)] DateTimeOffset NotAfter);
