using System.Security.Cryptography;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Domain.Uses;
using MyNumber.Grains.Cards;

namespace MyNumber.Grains.Clinic;

/// <summary>
/// A clinic's reader doing online eligibility verification (R-INS-2): identify the holder by face match
/// (certificate read, chain, revocation; no private key) or by PIN (the card signs the reader's challenge),
/// verify through a verifier worker, then answer from the resident's insurance registration.
/// </summary>
[GrainType("clinic-reader")]
public sealed class ClinicReaderGrain : Grain, IClinicReaderGrain
{
    private int _confirmations;

    public async Task<EligibilityAnswer> ConfirmEligibilityAsync(string cardKey, ClinicIdentificationMethod method, string? pin)
    {
        if (!FleetKeys.TryParseCard(cardKey ?? "", out var index, out _)) return Refused(CardReasons.Unknown.Code);
        // A resident whose physical or virtual card sits in an attached reader is checked through its chip
        // (the bridge grain); everyone else stays simulated. The lookup is a silo-local copy: no network hop.
        if (await GrainFactory.GetGrain<IAttachedCardLookupGrain>(0).ConfirmEligibilityIfAttachedAsync(index, method) is { } viaChip)
        {
            return viaChip;
        }

        var card = GrainFactory.GetGrain<ICardGrain>(cardKey!);
        var verifier = GrainFactory.GetGrain<ICertificateVerifierGrain>(0);
        VerificationAnswer verified;
        if (method == ClinicIdentificationMethod.FaceMatch)
        {
            var certificate = await card.ReadCertificateAsync(CertificateUse.UserAuthentication);
            if (!certificate.Accepted) return Refused(certificate.Reason!);
            verified = await verifier.VerifyCertificateAsync(certificate.Certificate, CertificateUse.UserAuthentication);
        }
        else
        {
            var challenge = RandomNumberGenerator.GetBytes(32);
            var signed = await card.SignAsync(CertificateUse.UserAuthentication, pin ?? "", challenge);
            if (!signed.Accepted)
            {
                return Refused(signed.Reason == Domain.Pins.PinReasons.FaceAuthenticationCard.Code
                    ? UseReasons.NeedsPinCard.Code
                    : signed.Reason!);
            }

            verified = await verifier.VerifySignatureAsync(signed.Certificate, CertificateUse.UserAuthentication, challenge, signed.Signature);
        }

        if (!verified.Valid) return Refused(verified.Reason);
        var resident = await GrainFactory.GetGrain<IResidentGrain>(FleetKeys.Resident(index)).GetAsync();
        if (resident is null) return Refused(Residents.ResidentReasons.Unknown.Code);
        if (!resident.InsuranceRegistered) return new EligibilityAnswer(UseReasons.NotRegisteredForInsurance.Code, resident.MunicipalityCode);
        _confirmations++;
        return new EligibilityAnswer(null, resident.MunicipalityCode);
    }

    public Task<int> ConfirmationsAsync() => Task.FromResult(_confirmations);

    private static EligibilityAnswer Refused(string reason) => new(reason, "");
}
