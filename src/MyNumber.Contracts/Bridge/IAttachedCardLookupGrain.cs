using MyNumber.Contracts.Clinic;

namespace MyNumber.Contracts.Bridge;

/// <summary>
/// What the fleet's card and clinic paths ask before doing a resident's card work in simulation (key 0; a
/// stateless worker on every silo, so the question never leaves the caller's silo): is this resident's card
/// in an attached reader, and if so, the answer through its chip. The answer may lag an attachment or a
/// removal by up to a second; a card pulled in that second answers with a <see cref="BridgeReasons"/> code.
/// </summary>
[Alias("mn.IAttachedCardLookupGrain")]
public interface IAttachedCardLookupGrain : IGrainWithIntegerKey
{
    [Alias("IsAttached")] Task<bool> IsAttachedAsync(long residentIndex);

    /// <summary>
    /// The clinic eligibility check (R-INS-2) through the chip of <paramref name="residentIndex"/>'s attached
    /// card, or null when no reader serves that resident (the caller then goes on with the simulated card).
    /// </summary>
    [ResponseTimeout(BridgeKeys.ChipCallTimeout)]
    [Alias("ConfirmEligibilityIfAttached")]
    Task<EligibilityAnswer?> ConfirmEligibilityIfAttachedAsync(long residentIndex, ClinicIdentificationMethod method);
}
