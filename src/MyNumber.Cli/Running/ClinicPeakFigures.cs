namespace MyNumber.Cli.Running;

/// <summary>
/// The national clinic peak as <see cref="HarnessBenchmarks.ClinicPeakAsync"/> measured it, in plain values:
/// face-path eligibility verifications offered and achieved per second end to end through the harness, their
/// latency (ms, from the intended start), and the card issuances (handovers, with real certificate signing by
/// the CA) that ran alongside.
/// </summary>
public sealed record ClinicPeakFigures(
    double VerificationsOffered,
    double VerificationsAchieved,
    double VerificationP50Ms,
    double VerificationP99Ms,
    long VerificationsDropped,
    double IssuancesAchieved,
    double IssuanceP99Ms,
    bool GeneratorValid,
    PreIssueFigures PreIssue);
