using MyNumber.CardEmulator;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.SmartCard.Tests.EndToEnd;

/// <summary>The vpcd slot the end-to-end tests use, and a virtual card put into it for one test.</summary>
internal sealed class VirtualReader : IAsyncDisposable
{
    public static readonly TimeSpan PresenceTimeout = TimeSpan.FromSeconds(10);

    public static string Name => Environment.GetEnvironmentVariable("MYNUMBER_VPCD_READER") ?? "Virtual PCD 00 00";
    public static int Port => int.TryParse(Environment.GetEnvironmentVariable("MYNUMBER_VPCD_PORT"), out var port) ? port : VirtualCardHost.DefaultPort;
    public static bool PcscdRunning => Environment.GetEnvironmentVariable("MYNUMBER_PCSCD") == "1" || File.Exists("/run/pcscd/pcscd.comm");

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _host;

    private VirtualReader(JpkiCardProcessor card)
    {
        Card = card;
        _host = VirtualCardHost.RunAsync(card, "127.0.0.1", Port, _stop.Token);
    }

    public JpkiCardProcessor Card { get; }

    /// <summary>Inserts a fresh virtual card and waits until PC/SC reports it present.</summary>
    public static VirtualReader Insert(PcscContext context)
    {
        // A card from an earlier test may still be seen until vpcd's next 400 ms poll.
        Assert.True(context.WaitForCard(Name, present: false, PresenceTimeout), $"{Name} still shows a card");
        var reader = new VirtualReader(TestCard.NewProcessor());
        Assert.True(context.WaitForCard(Name, present: true, PresenceTimeout), $"the virtual card did not appear in {Name}");
        return reader;
    }

    /// <summary>Starts the virtual card without waiting for PC/SC to see it.</summary>
    public static VirtualReader StartWithoutWaiting() => new(TestCard.NewProcessor());

    /// <summary>Pulls the card: closes its vpcd connection.</summary>
    public async Task RemoveAsync()
    {
        await _stop.CancelAsync();
        await _host;
    }

    public async ValueTask DisposeAsync()
    {
        await RemoveAsync();
        using var context = PcscContext.Establish();
        context.WaitForCard(Name, present: false, PresenceTimeout);
        _stop.Dispose();
    }
}
