using System.Security.Cryptography;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Common;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Domain.Uses;
using MyNumber.Jpki.Card;

namespace MyNumber.Grains.Bridge;

/// <summary>
/// The fleet's end of an attached reader. It holds no PC/SC handle, only the attach process's observer
/// reference, its renewal time (wall clock: a subscription is about a live process, not simulated time)
/// and the registered card's certificate. Chip work is forwarded with the attach-time timeout; a failed
/// or late observer is an outcome (<see cref="BridgeReasons"/>). Nothing is persisted: after a restart the
/// attach process's next renewal finds the card unregistered and reports it again. While a card is
/// registered the bridge holds a lease in the <see cref="IAttachedCardRegistryGrain"/>, which is how the
/// fleet's clinic and card paths learn to send this resident's work here.
/// </summary>
[GrainType("reader-bridge")]
public sealed class ReaderBridgeGrain : Grain, IReaderBridgeGrain
{
    private const int MissedRenewals = 3;

    private ICardReaderObserver? _observer;
    private BridgeAttachment? _attachment;
    private DateTimeOffset _renewedAt;
    private byte[]? _certificate;
    private BridgeTrust _trust;
    private string? _serial;
    private string? _lastReason;
    private int _chipOperations;
    private long _residentIndex = -1;
    private DateTimeOffset? _publishedUntil;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!BridgeKeys.TryParse(this.GetPrimaryKeyString(), out _residentIndex)) _residentIndex = -1;
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Forget(BridgeReasons.NotAttached);
        await PublishAsync();
    }

    public Task AttachAsync(ICardReaderObserver observer, BridgeAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(attachment);
        if (_observer is not null && !_observer.Equals(observer)) Forget(BridgeReasons.ReaderGone);
        _observer = observer;
        _attachment = attachment;
        _renewedAt = TimeProvider.System.GetUtcNow();
        // Keep the subscription's grain alive as long as it is renewed.
        DelayDeactivation(attachment.RenewEvery * MissedRenewals);
        return PublishAsync();
    }

    public Task DetachAsync(ICardReaderObserver observer)
    {
        if (_observer is not null && _observer.Equals(observer))
        {
            _observer = null;
            Forget(BridgeReasons.NotAttached);
        }

        return PublishAsync();
    }

    public async Task<OperationResult> CardInsertedAsync(byte[] authenticationCertificate, byte[] caCertificate)
    {
        var answer = await RegisterCardAsync(authenticationCertificate, caCertificate);
        await PublishAsync();
        return answer;
    }

    private async Task<OperationResult> RegisterCardAsync(byte[] authenticationCertificate, byte[] caCertificate)
    {
        ArgumentNullException.ThrowIfNull(authenticationCertificate);
        if (Observer() is null) return Refused(BridgeReasons.NotAttached);
        Forget(null);
        var verified = await Verifier().VerifyCertificateAsync(authenticationCertificate, CertificateUse.UserAuthentication);
        if (verified.Valid)
        {
            if (CardIndexOf(verified.Serial) != _residentIndex) return Refused(BridgeReasons.WrongResident);
            return Register(authenticationCertificate, BridgeTrust.Fleet, verified.Serial);
        }

        if (_attachment!.TrustAnchors.Count > 0)
        {
            var anchored = AnchorTrust.Check(authenticationCertificate, caCertificate ?? [], _attachment.TrustAnchors, TimeProvider.System.GetUtcNow());
            if (anchored is null) return Register(authenticationCertificate, BridgeTrust.Anchor, null);
            return Refused(anchored);
        }

        return Refused(verified.Reason);
    }

    public Task CardRemovedAsync(string reason)
    {
        Forget(string.IsNullOrEmpty(reason) ? BridgeReasons.CardRemoved : reason);
        return PublishAsync();
    }

    public Task<BridgeStatus> GetStatusAsync() => Task.FromResult(new BridgeStatus(
        Observer() is not null, _attachment?.Reader, _certificate is not null, _trust, _serial, _lastReason, _chipOperations));

    public async Task<CardCertificate> ReadCertificateAsync(CertificateUse use)
    {
        var answer = await ForwardAsync(o => o.ReadCertificateAsync(use), r => new CardCertificate(r, [], false));
        if (!answer.Accepted) Note(answer.Reason);
        await PublishAsync();
        return answer;
    }

    public async Task<CardSignature> SignChallengeAsync(CertificateUse use, byte[] challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var digestInfo = CardSigner.DigestInfoSha256(challenge);
        var answer = await ForwardAsync(o => o.SignAsync(use, digestInfo), CardSignature.Refused);
        if (!answer.Accepted) Note(answer.Reason);
        await PublishAsync();
        return answer;
    }

    public async Task<EligibilityAnswer> ConfirmEligibilityAsync(ClinicIdentificationMethod method)
    {
        if (_residentIndex < 0) return new EligibilityAnswer(BridgeReasons.NotAttached, "");
        string? refused;
        if (method == ClinicIdentificationMethod.FaceMatch)
        {
            var read = await ReadCertificateAsync(CertificateUse.UserAuthentication);
            refused = read.Accepted ? await CheckCertificateAsync(read.Certificate) : read.Reason;
        }
        else
        {
            var challenge = RandomNumberGenerator.GetBytes(32);
            var signed = await SignChallengeAsync(CertificateUse.UserAuthentication, challenge);
            refused = signed.Accepted ? await CheckSignatureAsync(signed.Certificate, challenge, signed.Signature) : signed.Reason;
        }

        if (refused is not null) return new EligibilityAnswer(refused, "");
        var resident = await GrainFactory.GetGrain<IResidentGrain>(FleetKeys.Resident(_residentIndex)).GetAsync();
        if (resident is null) return new EligibilityAnswer(Residents.ResidentReasons.Unknown.Code, "");
        return resident.InsuranceRegistered
            ? new EligibilityAnswer(null, resident.MunicipalityCode)
            : new EligibilityAnswer(UseReasons.NotRegisteredForInsurance.Code, resident.MunicipalityCode);
    }

    private async Task<string?> CheckCertificateAsync(byte[] certificate)
    {
        if (_trust == BridgeTrust.Anchor) return SameCard(certificate) ? null : BridgeReasons.Untrusted;
        var answer = await Verifier().VerifyCertificateAsync(certificate, CertificateUse.UserAuthentication);
        return answer.Valid ? null : answer.Reason;
    }

    private async Task<string?> CheckSignatureAsync(byte[] certificate, byte[] challenge, byte[] signature)
    {
        if (_trust == BridgeTrust.Anchor)
        {
            if (!SameCard(certificate)) return BridgeReasons.Untrusted;
            return AnchorTrust.VerifyChallenge(certificate, challenge, signature) ? null : global::MyNumber.Jpki.Verification.VerificationReasons.SignatureInvalid;
        }

        var answer = await Verifier().VerifySignatureAsync(certificate, CertificateUse.UserAuthentication, challenge, signature);
        return answer.Valid ? null : answer.Reason;
    }

    // An anchor-trusted card was checked at insertion; later answers must come from that same card.
    private bool SameCard(byte[] certificate) => _certificate is { } known && known.AsSpan().SequenceEqual(certificate);

    private async Task<T> ForwardAsync<T>(Func<ICardReaderObserver, Task<T>> call, Func<string, T> refused)
    {
        if (Observer() is not { } observer) return refused(BridgeReasons.NotAttached);
        if (_certificate is null) return refused(_lastReason is BridgeReasons.CardRemoved or BridgeReasons.ReaderGone or BridgeReasons.ServiceGone ? _lastReason : BridgeReasons.NoCard);
        _chipOperations++;
        try
        {
            return await call(observer).WaitAsync(_attachment!.OperationTimeout);
        }
        catch (TimeoutException)
        {
            // A live attach process renews every RenewEvery; one that is late as well as silent has died
            // (a deleted observer reference just swallows calls), so stop forwarding to it.
            if (TimeProvider.System.GetUtcNow() - _renewedAt <= _attachment!.RenewEvery) return refused(BridgeReasons.Timeout);
            _observer = null;
            Forget(BridgeReasons.ReaderGone);
            return refused(BridgeReasons.ReaderGone);
        }
        catch (Exception e) when (e is OrleansException or ObjectDisposedException or OperationCanceledException)
        {
            // The attach process is gone (its client disconnected or its observer reference was deleted).
            _observer = null;
            Forget(BridgeReasons.ReaderGone);
            return refused(BridgeReasons.ReaderGone);
        }
    }

    private ICardReaderObserver? Observer()
    {
        if (_observer is null || _attachment is null) return null;
        if (TimeProvider.System.GetUtcNow() - _renewedAt <= _attachment.RenewEvery * MissedRenewals) return _observer;
        _observer = null;
        Forget(BridgeReasons.NotAttached);
        return null;
    }

    private OperationResult Register(byte[] certificate, BridgeTrust trust, string? serial)
    {
        _certificate = certificate;
        _trust = trust;
        _serial = serial;
        _lastReason = null;
        return OperationResult.Ok;
    }

    private void Forget(string? reason)
    {
        _certificate = null;
        _trust = BridgeTrust.None;
        _serial = null;
        _lastReason = reason;
    }

    private OperationResult Refused(string reason)
    {
        _lastReason = reason;
        return OperationResult.Refused(reason);
    }

    private void Note(string? reason) => _lastReason = reason;

    // Keeps this resident's lease in the registry in step with "a live observer and a registered card";
    // each renewal extends it, so a bridge that vanishes without a word drops out when the lease ends.
    private async Task PublishAsync()
    {
        if (_residentIndex < 0) return;
        var registry = GrainFactory.GetGrain<IAttachedCardRegistryGrain>(0);
        if (_certificate is not null && Observer() is not null)
        {
            var until = _renewedAt + _attachment!.RenewEvery * MissedRenewals;
            if (_publishedUntil == until) return;
            _publishedUntil = until;
            await registry.RecordAsync(_residentIndex, until);
        }
        else if (_publishedUntil is not null)
        {
            _publishedUntil = null;
            await registry.RemoveAsync(_residentIndex);
        }
    }

    private ICertificateVerifierGrain Verifier() => GrainFactory.GetGrain<ICertificateVerifierGrain>(0);

    // Certificate serials are kind (8 bits) | card index (40 bits) | sequence (16 bits); the card index is the resident's.
    private static long CardIndexOf(string? serial) =>
        System.Numerics.BigInteger.TryParse(serial, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? (long)((value >> 16) & MyNumber.Jpki.Authority.CertificateSerial.MaxCardIndex)
            : -1;
}
