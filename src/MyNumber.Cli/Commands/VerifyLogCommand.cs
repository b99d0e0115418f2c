using System.CommandLine;
using Microsoft.Extensions.Configuration;
using MyNumber.Cli.Verification;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Silo;
using MyNumber.Silo.Verification;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber verify-log &lt;run-log&gt; --profile cluster [--connection-string CS]</c>: reconciles every
/// acknowledged operation of a run's log with what the profile's storage holds, prints what is missing,
/// and exits 1 when anything is. Reads the acknowledged-operation log of the cluster tests
/// (<c>mynumber-ack-log</c>, which names each operation's expected end state) and the operation log of
/// <c>mynumber run</c> (<c>mynumber-operation-log</c>, a file or its run directory; see
/// <see cref="OperationLogExpectations"/> for what it can and cannot prove).
/// </summary>
public static class VerifyLogCommand
{
    public const int SomethingMissing = 1;

    public static Command Create()
    {
        var log = new Argument<string>("run-log")
        {
            Description = "The run's operation log (a run directory or its operations.jsonl) or an acknowledged-operation log.",
        };
        var profile = new Option<string>("--profile") { Description = "Silo profile whose storage to check (default: cluster).", DefaultValueFactory = _ => "cluster" };
        var connection = new Option<string?>("--connection-string") { Description = "Npgsql connection string (default: the profile's, else $MYNUMBER_PG)." };
        var command = new Command("verify-log", "Check that every acknowledged operation of a run is in storage.") { log, profile, connection };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(log)!;
            var runLog = Directory.Exists(path) ? Path.Combine(path, OperationLogFormat.OutcomeFileName) : path;
            if (!File.Exists(runLog)) throw new ArgumentException($"verify-log: no run log at {path}");
            var first = File.ReadLines(runLog).FirstOrDefault() ?? "";
            var isOperationLog = first.Contains($"\"format\":\"{OperationLogHeader.Format}\"", StringComparison.Ordinal);
            if (!isOperationLog && !AcknowledgedLog.IsAcknowledgedLog(first))
            {
                throw new ArgumentException(
                    $"verify-log: {runLog} is neither an operation log (\"format\":\"{OperationLogHeader.Format}\") " +
                    $"nor an acknowledged-operation log (\"format\":\"{AcknowledgedLog.Format}\")");
            }
            var name = parse.GetValue(profile) ?? "cluster";
            Silo.Cluster.SiloProfiles.Require(name);
            string[] overrides = parse.GetValue(connection) is { Length: > 0 } cs ? [$"--Silo:ConnectionString={cs}"] : [];
            var settings = SiloConfigFiles.Load(name, overrides).GetSection(SiloProfile.SectionName).Get<SiloProfile>() ?? new SiloProfile();
            if (settings.Backend != SiloProfile.Postgres)
                throw new ArgumentException($"verify-log: profile '{name}' keeps grain state in memory; there is no storage to check");

            IReadOnlyDictionary<string, Contracts.Cards.CardStatus> stored;
            try
            {
                stored = await StoredCards.ReadStatusesAsync(settings.ResolveConnectionString(), settings.ServiceId, cancel);
            }
            catch (Npgsql.NpgsqlException e)
            {
                throw new InvalidOperationException($"verify-log: cannot read grain storage: {e.Message}", e);
            }
            IReadOnlyList<AcknowledgedOperation> operations;
            if (isOperationLog)
            {
                var expectations = OperationLogExpectations.From(OperationLog.Read(runLog).Records, stored.Keys);
                operations = expectations.Operations;
                if (expectations.Unchecked > 0)
                    output.WriteLine($"verify-log: {expectations.Unchecked} residents not checked: an accepted operation replaced or retired their card");
            }
            else
            {
                operations = AcknowledgedLog.Read(runLog);
            }
            var report = LogReconciler.Reconcile(operations, stored);
            foreach (var line in report.Missing) output.WriteLine("missing: " + line);
            output.WriteLine(report.NothingMissing
                ? $"verify-log: {report.AcknowledgedOperations} acknowledged operations on {report.CardsChecked} cards, nothing missing"
                : $"verify-log: {report.Missing.Count} of {report.CardsChecked} cards miss an acknowledged operation ({report.AcknowledgedOperations} acknowledged)");
            return report.NothingMissing ? 0 : SomethingMissing;
        });
        return command;
    }
}
