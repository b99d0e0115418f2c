using System.CommandLine;
using Microsoft.Extensions.Configuration;
using MyNumber.Silo;
using MyNumber.Silo.Verification;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber verify-log &lt;run-log&gt; --profile cluster [--connection-string CS]</c>: reconciles every
/// acknowledged operation of a run's log with what the profile's storage holds, prints what is missing,
/// and exits 1 when anything is. Reads the acknowledged-operation log (<c>mynumber-ack-log</c>).
/// </summary>
public static class VerifyLogCommand
{
    public const int SomethingMissing = 1;

    public static Command Create()
    {
        var log = new Argument<string>("run-log") { Description = "The run's acknowledged-operation log (JSON lines)." };
        var profile = new Option<string>("--profile") { Description = "Silo profile whose storage to check (default: cluster).", DefaultValueFactory = _ => "cluster" };
        var connection = new Option<string?>("--connection-string") { Description = "Npgsql connection string (default: the profile's, else $MYNUMBER_PG)." };
        var command = new Command("verify-log", "Check that every acknowledged operation of a run is in storage.") { log, profile, connection };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(log)!;
            if (!File.Exists(path)) throw new ArgumentException($"verify-log: no run log at {path}");
            var first = File.ReadLines(path).FirstOrDefault() ?? "";
            if (!AcknowledgedLog.IsAcknowledgedLog(first))
            {
                throw new ArgumentException(
                    $"verify-log: {path} is not an acknowledged-operation log (first line lacks \"format\":\"{AcknowledgedLog.Format}\")");
            }
            var name = parse.GetValue(profile) ?? "cluster";
            Silo.Cluster.SiloProfiles.Require(name);
            string[] overrides = parse.GetValue(connection) is { Length: > 0 } cs ? [$"--Silo:ConnectionString={cs}"] : [];
            var settings = SiloConfigFiles.Load(name, overrides).GetSection(SiloProfile.SectionName).Get<SiloProfile>() ?? new SiloProfile();
            if (settings.Backend != SiloProfile.Postgres)
                throw new ArgumentException($"verify-log: profile '{name}' keeps grain state in memory; there is no storage to check");

            var operations = AcknowledgedLog.Read(path);
            IReadOnlyDictionary<string, Contracts.Cards.CardStatus> stored;
            try
            {
                stored = await StoredCards.ReadStatusesAsync(settings.ResolveConnectionString(), settings.ServiceId, cancel);
            }
            catch (Npgsql.NpgsqlException e)
            {
                throw new InvalidOperationException($"verify-log: cannot read grain storage: {e.Message}", e);
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
