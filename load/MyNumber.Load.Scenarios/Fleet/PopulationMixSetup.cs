using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>The scenario's population mix as the generator takes it (shares of holders where <see cref="PopulationSpec"/> says so).</summary>
public sealed record PopulationMixSetup(
    AgeMix Ages,
    double ForeignShare,
    double CardHolderShare,
    double FaceAuthShare,
    double SmartphoneShare,
    double InsuranceRegisteredShare);
