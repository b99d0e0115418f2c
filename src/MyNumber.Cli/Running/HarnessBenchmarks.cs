using MyNumber.Contracts.Cards;
using MyNumber.Load;
using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Planning;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Replay;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Cli.Running;

/// <summary>
/// The harness's figures for `mynumber bench`. <see cref="ReplayAsync"/> records a Bunkyo application-peak
/// day (2023-02-28) in stepped time, then replays the log on a fresh fleet and returns simulated ÷ wall time
/// (goal ≥ 100). <see cref="ClinicPeakAsync"/> offers face-path verifications (certificate read, chain,
/// revocation, eligibility) at <c>verificationsPerSecond</c> with 40 card issuances/s alongside, and
/// returns what the in-process fleet achieved (goal 20,000/s at p99 ≤ 20 ms). The certificates the plan
/// reads are pre-issued first (<see cref="CertificatePreIssue"/>); the issuances alongside sign in real time.
/// </summary>
public static class HarnessBenchmarks
{
    public static async Task<(double SpeedUp, long Operations, double WallSeconds)> ReplayAsync(string workDirectory, CancellationToken cancellationToken = default)
    {
        var peak = ScenarioFiles.Load("application-peak-2023-02-28");
        var day = new DateTimeOffset(2023, 2, 28, 0, 0, 0, CalendarWindow.JapanOffset);
        var stepped = peak with { Calendar = new CalendarWindow(day, day.AddDays(1)), Clock = new ClockSpec(ClockMode.Stepped, null, TimeSpan.FromHours(1)) };
        var options = new ScenarioRunOptions(ScaleSpec.Bunkyo, TimeSpan.FromMinutes(5), (ulong)peak.Population.Seed, Path.Combine(workDirectory, "record"), ScenarioFiles.Build());
        string logPath;
        await using (var fleet = await InProcessFleet.StartAsync(FleetSetup.For(stepped, ScaleSpec.Bunkyo, day), day, cancellationToken))
            logPath = (await ScenarioRunner.RunAsync(stepped, fleet.Connection, options, cancellationToken)).OperationLogPath;
        var log = OperationLog.Read(logPath);
        await using var fresh = log.Header.Fleet is { } setup
            ? await InProcessFleet.StartAsync(setup, log.Header.SimulatedStart, cancellationToken)
            : await InProcessFleet.StartAsync(log.Header.PopulationSeed, log.Header.Residents, log.Header.SimulatedStart, cancellationToken);
        var replay = await ReplayRunner.RunAsync(log, fresh.Connection, Path.Combine(workDirectory, "replay"), cancellationToken);
        return (replay.SpeedUp, replay.Operations, replay.WallTime.TotalSeconds);
    }

    public static async Task<ClinicPeakFigures> ClinicPeakAsync(double verificationsPerSecond, TimeSpan duration, string workDirectory,
        TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        var clinic = ScenarioFiles.Load("insurance-switch-2024-12-02");
        var national = ScaleSpec.National;
        var face = clinic with { Name = "clinic-verify-face", Operations = [new OperationShare("clinic-verify-face", 1)] };
        var issuance = clinic with { Name = "card-issuance", Operations = [new OperationShare("handover", 1)] };
        var at = clinic.Calendar.Start.AddDays(7).AddHours(9);
        // The population as of the peak day with the scenario's mix: no certificate from after the day it is verified on.
        await using var fleet = await InProcessFleet.StartAsync(FleetSetup.For(clinic, national, at), at, cancellationToken);
        var plan = ArrivalPlan.Constant(face, national, verificationsPerSecond, duration, 11, at, 0);
        // The plan's certificates were issued years before the peak day: make them exist before measuring.
        var preIssue = await CertificatePreIssue.RunAsync(fleet.Connection, plan, CertificateUse.UserAuthentication, progress, cancellationToken);
        progress?.WriteLine($"pre-issue: {preIssue.Certificates:N0} certificates for {preIssue.PlannedArrivals:N0} arrivals in {preIssue.Elapsed.TotalSeconds:0.0} s");
        await FleetWarmUp.RunAsync(fleet.Connection, at, 1, 256);
        var answers = new RunCounters();
        var verifications = FleetScenarioBuilder.Build(plan, fleet.Connection, answers, null, ConcurrencyLimit.Drop(10_000));
        var issuances = FleetScenarioBuilder.Build(ArrivalPlan.Constant(issuance, national, 40, duration, 12, at, 1_000_000_000),
            fleet.Connection, new RunCounters(), null, ConcurrencyLimit.Drop(10_000));
        var cost = ProcessCost.Start();
        var report = await LoadRunner.Create(verifications, issuances).RunAsync(cancellationToken);
        var spent = cost.Stop();
        ReportWriter.WriteAll(report, workDirectory);
        var v = report.Scenarios.Single(s => s.Name == face.Name);
        var i = report.Scenarios.Single(s => s.Name == issuance.Name);
        // CPU per answer does not depend on how much of the machine others took meanwhile.
        progress?.WriteLine(spent.Describe(answers.Accepted + answers.Refused, "verification"));
        // A verification is answered when the eligibility answer comes back, "eligible" or a rule's refusal
        // (card expired, not registered for insurance...): both are the system's work done. Faults and
        // invariant breaches are not answers.
        double seconds = Math.Max(1e-9, v.DurationSeconds);
        long answered = answers.Accepted + answers.Refused;
        return new ClinicPeakFigures(v.OfferedRate, answered / seconds, v.Ok / seconds, v.Latency.P50Ms, v.Latency.P99Ms, v.Dropped,
            i.Ok / Math.Max(1e-9, i.DurationSeconds), i.Latency.P99Ms, report.Generator.IsValid, preIssue,
            answered > 0 ? spent.Cpu.TotalMicroseconds / answered : 0, spent.GcPause.TotalSeconds / Math.Max(1e-9, spent.Wall.TotalSeconds));
    }
}
