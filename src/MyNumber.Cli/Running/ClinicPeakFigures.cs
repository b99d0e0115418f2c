namespace MyNumber.Cli.Running;

/// <summary>
/// The national clinic peak as <see cref="HarnessBenchmarks.ClinicPeakAsync"/> measured it, in plain values:
/// face-path eligibility verifications offered and answered per second end to end through the harness (an answer
/// is "eligible" or a rule's refusal; <c>VerificationsEligible</c> counts the former), the eligible ones' latency
/// (ms, from the intended start), the card issuances (handovers, with real certificate signing by the CA) that ran
/// alongside, the process CPU per answer and the share of the run the garbage collector paused the process.
/// </summary>
public sealed record ClinicPeakFigures(
    double VerificationsOffered,
    double VerificationsAchieved,
    double VerificationsEligible,
    double VerificationP50Ms,
    double VerificationP99Ms,
    long VerificationsDropped,
    double IssuancesAchieved,
    double IssuanceP99Ms,
    bool GeneratorValid,
    PreIssueFigures PreIssue,
    double CpuMicrosecondsPerVerification,
    double GcPauseShare);
