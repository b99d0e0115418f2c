using MyNumber.Cli.Cards;
using MyNumber.Contracts.Bridge;

namespace MyNumber.Bridge.Tests;

/// <summary>A running <c>mynumber attach</c> loop on the test slot, inside the test process.</summary>
internal sealed class Attached : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private Attached(ReaderAttachment attachment, StringWriter log)
    {
        Attachment = attachment;
        Log = log;
        _loop = attachment.RunAsync(_stop.Token);
    }

    public ReaderAttachment Attachment { get; }

    public StringWriter Log { get; }

    public static Attached Start(IGrainFactory grains, AttachOptions options)
    {
        var log = new StringWriter();
        return new Attached(new ReaderAttachment(grains, options, TextWriter.Synchronized(log)), log);
    }

    /// <summary>Waits up to <paramref name="seconds"/> for the bridge's status to meet <paramref name="condition"/>; fails with the status otherwise.</summary>
    public static async Task<BridgeStatus> WaitForAsync(IReaderBridgeGrain bridge, Func<BridgeStatus, bool> condition, string what, int seconds = 10)
    {
        var status = await bridge.GetStatusAsync();
        for (var i = 0; i < seconds * 20 && !condition(status); i++)
        {
            await Task.Delay(50);
            status = await bridge.GetStatusAsync();
        }

        Assert.True(condition(status), $"{what}: bridge status {status}");
        return status;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await Attachment.DisposeAsync();
        _stop.Dispose();
    }
}
