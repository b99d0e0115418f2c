using MyNumber.CardEmulator;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// vpcd's second slot, where these tests put their virtual cards (the SmartCard tests use the first), and
/// a card inserted into it: the emulator connected to vpcd until <see cref="RemoveAsync"/>.
/// </summary>
internal sealed class VirtualSlot : IAsyncDisposable
{
    public static readonly TimeSpan PresenceTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _host;

    private VirtualSlot(VirtualCardProfile profile)
    {
        _host = VirtualCardHost.RunAsync(new JpkiCardProcessor(profile), "127.0.0.1", Port, _stop.Token);
    }

    public static int Port => (int.TryParse(Environment.GetEnvironmentVariable("MYNUMBER_VPCD_PORT"), out var port) ? port : VirtualCardHost.DefaultPort) + 1;

    public static string Reader => "Virtual PCD 00 01";

    public static bool PcscdRunning => Environment.GetEnvironmentVariable("MYNUMBER_PCSCD") == "1" || File.Exists("/run/pcscd/pcscd.comm");

    /// <summary>Inserts a card and waits until PC/SC reports it.</summary>
    public static VirtualSlot Insert(VirtualCardProfile profile)
    {
        using var context = PcscContext.Establish();
        // A card of an earlier test may be seen until vpcd's next 400 ms poll.
        Assert.True(context.WaitForCard(Reader, present: false, PresenceTimeout), $"{Reader} still shows a card");
        var slot = new VirtualSlot(profile);
        Assert.True(context.WaitForCard(Reader, present: true, PresenceTimeout), $"the virtual card did not appear in {Reader}");
        return slot;
    }

    /// <summary>Pulls the card and waits until PC/SC has seen it go.</summary>
    public async Task RemoveAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _host;
        using var context = PcscContext.Establish();
        Assert.True(context.WaitForCard(Reader, present: false, PresenceTimeout), $"{Reader} still shows the pulled card");
    }

    public async ValueTask DisposeAsync()
    {
        await RemoveAsync();
        _stop.Dispose();
    }
}
