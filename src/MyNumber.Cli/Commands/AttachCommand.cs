using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Cli.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Silo;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber attach --reader NAME [--resident ID] [--pin-source env:VAR|file:PATH|prompt]
/// [--cluster CONFIG] [--trust-anchors PEM] [--check]</c>: joins the card in a reader to a fleet (an
/// embedded one-silo fleet by default, or running silos through <c>--cluster</c>) until Ctrl+C. The
/// process owns the reader; the fleet's bridge grain forwards the card's work to it.
/// </summary>
public static class AttachCommand
{
    public static Command Create()
    {
        var reader = new Option<string>("--reader") { Description = "The PC/SC reader's name (see mynumber readers).", Required = true };
        var resident = new Option<string?>("--resident") { Description = "Whose card it is (needed for a card the fleet did not issue)." };
        var pins = new Option<string>("--pin-source") { Description = $"Where PINs come from: {PinSource.Syntax}.", DefaultValueFactory = _ => "prompt" };
        var cluster = new Option<string?>("--cluster") { Description = "A cluster profile name or JSON file; none runs an embedded fleet." };
        var profile = new Option<string>("--profile") { Description = "The embedded fleet's silo profile.", DefaultValueFactory = _ => "local" };
        var anchors = new Option<string?>("--trust-anchors") { Description = "PEM file of extra CA certificates (a physical card's JPKI CA)." };
        var check = new Option<bool>("--check") { Description = "After each insertion, run a clinic eligibility check by PIN through the chip." };
        var command = new Command("attach", "Join the card in a reader to a fleet (Ctrl+C detaches).") { reader, resident, pins, cluster, profile, anchors, check };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new AttachOptions(
                parse.GetValue(reader)!,
                parse.GetValue(resident) is { } r ? CardCommand.ParseResident(r) : null,
                PinSource.Parse(parse.GetValue(pins)!, Console.In, parse.InvocationConfiguration.Error),
                TrustAnchorFile.Read(parse.GetValue(anchors)));
            await using var fleet = await ConnectAsync(parse.GetValue(cluster), parse.GetValue(profile)!, output, cancel);
            await using var attachment = new ReaderAttachment(fleet.Grains, options, output);
            if (parse.GetValue(check)) attachment.CardRegistered += bridge => CheckAsync(bridge, output);
            output.WriteLine($"attach: watching \"{options.Reader}\" (PINs from {options.Pins.Describe()}); Ctrl+C to detach");
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancel, fleet.Stopping);
            await attachment.RunAsync(either.Token);
            output.WriteLine("attach: detached");
            return 0;
        });
        return command;
    }

    private static async Task CheckAsync(Contracts.Bridge.IReaderBridgeGrain bridge, TextWriter output)
    {
        EligibilityAnswer answer;
        try
        {
            answer = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            // The card stays joined; only this one check is lost.
            output.WriteLine($"attach: clinic check by PIN through the chip: the fleet did not answer ({e.Message})");
            return;
        }

        output.WriteLine(answer.Eligible
            ? $"attach: clinic check by PIN through the chip: eligible (municipality {answer.MunicipalityCode})"
            : $"attach: clinic check by PIN through the chip: refused ({answer.Reason})");
    }

    private static async Task<FleetHandle> ConnectAsync(string? cluster, string profile, TextWriter output, CancellationToken cancel)
    {
        if (cluster is null)
        {
            output.WriteLine($"attach: starting an embedded fleet (profile {profile})…");
            // The card keys are a pure function of the seed: a disk cache saves the embedded silo a minute of key derivation.
            var keyCache = string.IsNullOrWhiteSpace(SiloConfigFiles.Load(profile, [])["Jpki:KeyCacheDirectory"])
                ? new[] { $"--Jpki:KeyCacheDirectory={Path.Combine(Path.GetTempPath(), "mynumber-jpki-keys")}" }
                : [];
            var embedded = await EmbeddedFleet.StartAsync(profile, keyCache, cancel);
            return new FleetHandle(embedded.Grains, embedded.DisposeAsync, embedded.Stopping);
        }

        IHost client;
        try
        {
            client = await FleetClient.StartAsync(cluster, cancellationToken: cancel);
        }
        catch (OrleansException e)
        {
            // One line that names the option (the CLI's rule for bad input), not an Orleans stack trace.
            throw new InvalidOperationException($"--cluster: no silo of {cluster} answered ({e.Message.Split('\n')[0].Trim()})", e);
        }

        output.WriteLine($"attach: connected to the cluster of {cluster}");
        return new FleetHandle(client.Services.GetRequiredService<IClusterClient>(), async () =>
        {
            await client.StopAsync(CancellationToken.None);
            client.Dispose();
        }, client.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
    }

    private sealed class FleetHandle(IGrainFactory grains, Func<ValueTask> dispose, CancellationToken stopping) : IAsyncDisposable
    {
        public IGrainFactory Grains { get; } = grains;

        public CancellationToken Stopping { get; } = stopping;

        public ValueTask DisposeAsync() => dispose();
    }
}
