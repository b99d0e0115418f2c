namespace MyNumber.Bridge.Tests;

/// <summary>
/// The keyboard of a <c>--pin-source prompt</c> attach process: the holder types the PIN only when the
/// test says so, which lets a test pull the card while the chip waits for it.
/// </summary>
internal sealed class GatedPinReader(string pin) : TextReader
{
    private readonly SemaphoreSlim _typed = new(0);

    public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Type() => _typed.Release();

    public override string? ReadLine()
    {
        Asked.TrySetResult();
        return _typed.Wait(TimeSpan.FromSeconds(30)) ? pin : null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _typed.Dispose();
        base.Dispose(disposing);
    }
}
