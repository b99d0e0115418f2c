using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// Online eligibility verification at a medical facility and the other card uses that prove who the holder
/// is: the clinic reader's work done by the harness on card, verifier and resident grains, so that the
/// harness itself can check that a verified certificate is the arriving resident's (a certificate that
/// verifies but belongs to someone else is an invariant breach, never a refusal). The face path uses no
/// private key: certificate read, chain and revocation, eligibility answer. A resident whose card sits in
/// an attached reader (`mynumber attach`) is checked through its chip instead, as the clinic reader grain does.
/// </summary>
internal static class ClinicOperations
{
    public const string NotRegistered = "insurance.not-registered";

    public static IEnumerable<FleetOperation> All()
    {
        yield return new("clinic-verify-face", ResidentCriterion.CardHolder, FaceAsync);
        // Staff compare the photo; the reader still checks the card's certificate.
        yield return new("clinic-verify-visual", ResidentCriterion.CardHolder, FaceAsync);
        yield return new("clinic-verify-pin", ResidentCriterion.CardHolder, (f, i) => PinAsync(f, i, eligibility: true));
        yield return new("portal-login", ResidentCriterion.CardHolder, (f, i) => PinAsync(f, i, eligibility: false));
        yield return new("insurance-register", ResidentCriterion.CardHolder, (f, i) =>
            CounterOperations.Result(FleetCalls.Resident(f, i.ResidentIndex).RegisterInsuranceAsync()));
    }

    private static async Task<OperationOutcome> FaceAsync(FleetConnection fleet, OperationInput input)
    {
        if (await ThroughAttachedChipAsync(fleet, input, ClinicIdentificationMethod.FaceMatch) is { } viaChip) return viaChip;
        var (resident, card, reason) = await FleetCalls.CurrentCardAsync(fleet, input.ResidentIndex);
        if (card is null) return OperationOutcome.Refused(reason!);
        var read = await card.ReadCertificateAsync(CertificateUse.UserAuthentication);
        if (!read.Accepted) return OperationOutcome.Refused(read.Reason!);
        var answer = await FleetCalls.Verifier(fleet).VerifyCertificateAsync(read.Certificate, CertificateUse.UserAuthentication);
        return Eligibility(fleet, input, resident!, answer, eligibility: true);
    }

    private static async Task<OperationOutcome> PinAsync(FleetConnection fleet, OperationInput input, bool eligibility)
    {
        if (eligibility && await ThroughAttachedChipAsync(fleet, input, ClinicIdentificationMethod.Pin) is { } viaChip) return viaChip;
        var (resident, card, reason) = await FleetCalls.CurrentCardAsync(fleet, input.ResidentIndex);
        if (card is null) return OperationOutcome.Refused(reason!);
        var challenge = FleetCalls.Challenge(input.Variant);
        var pin = fleet.Population.Pins(input.ResidentIndex).UserAuthentication;
        var signed = await card.SignAsync(CertificateUse.UserAuthentication, pin, challenge);
        if (!signed.Accepted) return OperationOutcome.Refused(signed.Reason!);
        var answer = await FleetCalls.Verifier(fleet).VerifySignatureAsync(signed.Certificate, CertificateUse.UserAuthentication, challenge, signed.Signature);
        return Eligibility(fleet, input, resident!, answer, eligibility);
    }

    /// <summary>The outcome through an attached card's chip, or null when the resident's card is simulated.</summary>
    private static async Task<OperationOutcome?> ThroughAttachedChipAsync(FleetConnection fleet, OperationInput input,
        ClinicIdentificationMethod method)
    {
        if (!await fleet.AttachedCards.ContainsAsync(fleet.Grains, input.ResidentIndex)) return null;
        var answer = await GrainReferences<IAttachedCardLookupGrain>.Of(fleet.Grains, 0).ConfirmEligibilityIfAttachedAsync(input.ResidentIndex, method);
        return answer is null ? null : OperationOutcome.From(answer.Reason);
    }

    private static OperationOutcome Eligibility(FleetConnection fleet, OperationInput input, ResidentSnapshot resident, VerificationAnswer answer, bool eligibility)
    {
        if (!answer.Valid) return OperationOutcome.Refused(answer.Reason);
        if (answer.Serial is null || fleet.Population.HolderOfSerial(answer.Serial) != input.ResidentIndex)
            return OperationOutcome.Refused(OperationOutcome.WrongPersonVerification);
        return !eligibility || resident.InsuranceRegistered ? OperationOutcome.Ok : OperationOutcome.Refused(NotRegistered);
    }
}
