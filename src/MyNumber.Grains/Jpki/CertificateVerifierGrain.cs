using System.Globalization;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Revocation;
using MyNumber.Jpki.Verification;
using Orleans.Concurrency;

namespace MyNumber.Grains.Jpki;

/// <summary>
/// A relying party's verifier: chain and validity from the Jpki library's verifier (its bounded cache
/// keeps chain results per certificate, never a status), then the revocation shard of the serial asked
/// at the current simulated time, on every call.
/// <para>
/// Reentrant: a verification awaits its revocation shard, and without interleaving each worker (one per core
/// by default) held every other verification while it waited, which capped a silo at a few thousand
/// verifications/s whatever the CPU. Interleaving is safe: the chain check and its cache run synchronously
/// between awaits, on the activation's one thread.
/// </para>
/// </summary>
[StatelessWorker]
[Reentrant]
[GrainType("jpki-verifier")]
public sealed class CertificateVerifierGrain(JpkiServices jpki, FleetClock clock) : Grain, ICertificateVerifierGrain
{
    private CertificateVerifier? _verifier;

    private CertificateVerifier Verifier => _verifier ??= jpki.Authority.CreateVerifier(jpki.Settings.VerifierCacheCapacity);

    public async Task<VerificationAnswer> VerifyCertificateAsync(byte[] certificate, CertificateUse kind)
    {
        var (result, _) = await CheckAsync(certificate, kind);
        return Answer(result);
    }

    public async Task<VerificationAnswer> VerifySignatureAsync(byte[] certificate, CertificateUse kind, byte[] challenge, byte[] signature)
    {
        var (result, _) = await CheckAsync(certificate, kind);
        if (result.IsValid && !CertificateVerifier.VerifyChallenge(result.Certificate!, challenge, signature))
        {
            return new VerificationAnswer(VerificationReasons.SignatureInvalid, Answer(result).Serial);
        }

        return Answer(result);
    }

    private async Task<(VerificationResult Result, DateTimeOffset At)> CheckAsync(byte[] certificate, CertificateUse kind)
    {
        var at = clock.UtcNow;
        var chain = Verifier.CheckChain(certificate, at, JpkiServices.KindOf(kind));
        if (!chain.IsValid) return (chain, at);
        var serial = chain.Certificate!.Identity.Serial;
        var shard = GrainReferences<IRevocationShardGrain>.Of(GrainFactory, RevocationShardKey.For(kind, jpki.ShardOf(serial)));
        var answer = await shard.StatusAsync(serial.ToString(CultureInfo.InvariantCulture), at);
        var status = answer.Status switch
        {
            RevocationAnswer.Good => CertificateStatus.Good,
            RevocationAnswer.Revoked => CertificateStatus.Revoked(answer.RevokedAt!.Value, (RevocationReason)(answer.Reason ?? 0)),
            _ => CertificateStatus.Unknown,
        };
        return (CertificateVerifier.ApplyStatus(chain, status, at), at);
    }

    private static VerificationAnswer Answer(VerificationResult result) =>
        new(result.ReasonCode, result.Certificate?.Identity.Serial.ToString(CultureInfo.InvariantCulture));
}
