using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Common;
using Orleans.Concurrency;

namespace MyNumber.Contracts.Bridge;

/// <summary>
/// A resident's card in a real (or virtual) reader (key: <see cref="BridgeKeys.ForResident"/>). The grain
/// holds no PC/SC handle: the attach process owns the reader and serves the grain as an
/// <see cref="ICardReaderObserver"/>, renewing its subscription on a timer. The grain forwards the chip's
/// work to it and turns a stopped observer, a pulled card or a dead pcscd into reason codes
/// (<see cref="BridgeReasons"/>); the rest of the fleet runs on. Subscription, removal and status calls
/// interleave with a chip operation in progress, so a card pulled during a slow PIN entry is seen at once.
/// </summary>
[Alias("mn.IReaderBridgeGrain")]
public interface IReaderBridgeGrain : IGrainWithStringKey
{
    /// <summary>Subscribes (or renews) the attach process's observer; the subscription lapses after three missed renewals.</summary>
    [AlwaysInterleave]
    [Alias("Attach")] Task AttachAsync(ICardReaderObserver observer, BridgeAttachment attachment);

    [AlwaysInterleave]
    [Alias("Detach")] Task DetachAsync(ICardReaderObserver observer);

    /// <summary>
    /// A card was inserted: its user-authentication certificate and issuing CA certificate (DER) as read
    /// off the chip. Trusted through the fleet's verifier or an attach-time anchor, it becomes the
    /// resident's card in this reader; otherwise the refusal says why.
    /// </summary>
    [Alias("CardInserted")] Task<OperationResult> CardInsertedAsync(byte[] authenticationCertificate, byte[] caCertificate);

    /// <summary>The card left the reader (or the reader, or pcscd): <paramref name="reason"/> is a <see cref="BridgeReasons"/> code.</summary>
    [AlwaysInterleave]
    [Alias("CardRemoved")] Task CardRemovedAsync(string reason);

    [AlwaysInterleave]
    [Alias("Status")] Task<BridgeStatus> GetStatusAsync();

    /// <summary>Reads a certificate through the chip.</summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("ReadCertificate")] Task<CardCertificate> ReadCertificateAsync(CertificateUse use);

    /// <summary>The chip signs SHA-256 of <paramref name="challenge"/> after its PIN (entered on the attach side).</summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("SignChallenge")] Task<CardSignature> SignChallengeAsync(CertificateUse use, byte[] challenge);

    /// <summary>
    /// A clinic's online eligibility check (R-INS-2) with this card: face match reads the certificate off the
    /// chip; the PIN path has the chip sign the reader's challenge; the fleet verifies and answers from the
    /// resident's insurance registration.
    /// </summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("ConfirmEligibility")] Task<EligibilityAnswer> ConfirmEligibilityAsync(ClinicIdentificationMethod method);
}
