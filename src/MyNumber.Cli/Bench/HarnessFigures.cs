using System.Globalization;
using MyNumber.Cli.Running;

namespace MyNumber.Cli.Bench;

/// <summary>
/// The harness's figures (issue 5): stepped-time replay of a recorded Bunkyo peak day against real time,
/// and the national clinic peak on one box (face path end to end through the harness, with 40 card
/// issuances/s running alongside) against the 20,000/s goal.
/// </summary>
public static class HarnessFigures
{
    private const double ClinicGoalPerSecond = 20_000;

    public static async Task<IReadOnlyList<BenchFigure>> MeasureAsync(BenchSettings settings, CancellationToken cancel)
    {
        var work = Path.Combine(settings.WorkDirectory, "harness");
        // The clinic peak first, on a fresh heap: run after the replay's fleet, it measured about half as much
        // (6,433 vs 11,098 answers/s in one session); the replay, far above its goal, is not sensitive to order.
        var clinic = await HarnessBenchmarks.ClinicPeakAsync(ClinicGoalPerSecond, TimeSpan.FromTicks(settings.Duration.Ticks * 3), work, Console.Error, cancel);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var replay = await HarnessBenchmarks.ReplayAsync(work, cancel);
        var inv = CultureInfo.InvariantCulture;
        var speedUp = Math.Round(replay.SpeedUp, 1);
        return
        [
            new("harness.replay-speed", speedUp, "× real time", 1, "ratio ≥ 100", speedUp >= 100,
                string.Create(inv, $"{replay.Operations:N0} operations of a recorded Bunkyo peak day replayed in {replay.WallSeconds:0.0} s wall; baseline: real time (1×)")),
            new("harness.clinic-peak", Math.Round(clinic.VerificationsAchieved), "verifications/s", ClinicGoalPerSecond,
                "ratio ≥ 1 with p99 ≤ 20 ms", clinic.VerificationsAchieved >= ClinicGoalPerSecond * 0.99 && clinic.VerificationP99Ms <= 20 && clinic.GeneratorValid,
                string.Create(inv, $"offered {clinic.VerificationsOffered:0}/s, answered (eligible or refused by a rule) {clinic.VerificationsAchieved:0}/s of which eligible {clinic.VerificationsEligible:0}/s; {clinic.CpuMicrosecondsPerVerification:0} µs CPU per answer, GC paused {clinic.GcPauseShare:P0} of the run; eligible p50 {clinic.VerificationP50Ms:0.##} ms, p99 {clinic.VerificationP99Ms:0.##} ms (from intended start), dropped {clinic.VerificationsDropped:N0}; issuances alongside {clinic.IssuancesAchieved:0.#}/s p99 {clinic.IssuanceP99Ms:0.##} ms; generator {(clinic.GeneratorValid ? "valid" : "INVALID (fell behind)")}; {clinic.PreIssue.Certificates:N0} certificates pre-issued in {clinic.PreIssue.Elapsed.TotalSeconds:0.0} s; baseline: the goal rate")),
        ];
    }
}
