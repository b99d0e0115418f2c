using MyNumber.Domain.Lifecycle;

namespace MyNumber.Grains.Cards;

/// <summary>
/// One certificate as stored: the Domain's <see cref="CertificateState"/> (enums as bytes, so the record needs
/// no Orleans codec for Domain types) and the sequence that names its serial at the JPKI authority.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.StoredCertificate")]
public sealed record StoredCertificate(
    [property: Id(0)] int Sequence,
    [property: Id(1)] byte Status,
    [property: Id(2)] DateOnly Issued,
    [property: Id(3)] DateOnly Expires,
    [property: Id(4)] byte? RevocationReason,
    [property: Id(5)] DateOnly? RevokedOn)
{
    public bool IsRevoked => (CertificateStatus)Status == CertificateStatus.Revoked;

    /// <summary>Whether this is <paramref name="state"/> under <paramref name="sequence"/> (so it can be kept as it is).</summary>
    public bool Holds(CertificateState state, int sequence) =>
        Sequence == sequence && (CertificateStatus)Status == state.Status && Issued == state.Issued && Expires == state.Expires
        && RevocationReason == (byte?)state.RevocationReason && RevokedOn == state.RevokedOn;

    public static StoredCertificate? From(CertificateState state, int sequence) =>
        state.Status == CertificateStatus.NotIssued || state.Issued is not { } issued || state.Expires is not { } expires
            ? null
            : new StoredCertificate(sequence, (byte)state.Status, issued, expires,
                state.RevocationReason is { } r ? (byte)r : null, state.RevokedOn);

    public static CertificateState ToDomain(StoredCertificate? stored) => stored is null
        ? CertificateState.NotIssued
        : new CertificateState((CertificateStatus)stored.Status, stored.Issued, stored.Expires,
            stored.RevocationReason is { } r ? (RevocationReason)r : null, stored.RevokedOn);
}
