namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// The simulated residents. Resident i's facts are a pure function of (<see cref="Seed"/>, i), so the same
/// spec always gives the same people. Face-authentication, smartphone and insurance-registration shares
/// are of card holders, not of all residents. <see cref="IssueYearMix"/>, when given, spreads card issue
/// years (by fiscal year) so that expiries, and with them renewals, come from the population itself.
/// </summary>
public sealed record PopulationSpec(
    ScaleSpec Size,
    long Seed,
    AgeMix Ages,
    double ForeignShare,
    double CardHolderShare,
    double FaceAuthShare,
    double SmartphoneShare,
    double InsuranceRegisteredShare,
    IReadOnlyDictionary<int, double>? IssueYearMix);
