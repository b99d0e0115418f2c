using System.Runtime.CompilerServices;
using System.Text;

namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// A PC/SC resource-manager context: lists readers, reports and waits for card insertion and removal,
/// and connects to cards. Failures are <see cref="PcscException"/> with a <see cref="PcscError"/>.
/// Not thread-safe except <see cref="Cancel"/>, which ends a pending <see cref="WaitForChange"/>.
/// </summary>
public sealed class PcscContext : IDisposable
{
    private static readonly TimeSpan WatchSlice = TimeSpan.FromMilliseconds(250);

    private readonly IPcscApi _api;
    private nint _context;

    private PcscContext(IPcscApi api, nint context)
    {
        _api = api;
        _context = context;
    }

    /// <summary>Connects to the platform's PC/SC service (pcscd, the Windows Smart Card service, CryptoTokenKit).</summary>
    public static PcscContext Establish() => Establish(PlatformApi());

    internal static PcscContext Establish(IPcscApi api)
    {
        uint rc;
        nint context;
        try
        {
            rc = api.EstablishContext(out context);
        }
        catch (DllNotFoundException e)
        {
            throw new PcscException(PcscError.NoService, 0, "The PC/SC library is not installed (on Debian: apt-get install libpcsclite1 pcscd).", e);
        }
        if (rc != PcscCodes.Success) throw PcscException.From(rc, "SCardEstablishContext");
        return new PcscContext(api, context);
    }

    /// <summary>The readers' names; empty when none is connected.</summary>
    public IReadOnlyList<string> ListReaders()
    {
        var rc = _api.ListReaders(Handle, out var multiString);
        if (rc == PcscCodes.NoReadersAvailable) return [];
        if (rc != PcscCodes.Success) throw PcscException.From(rc, "SCardListReaders");
        return Encoding.UTF8.GetString(multiString).Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The current state of each named reader, without waiting.</summary>
    public IReadOnlyList<ReaderStatus> GetStatus(IEnumerable<string> readers)
    {
        var queries = readers.Select(r => new ReaderStateQuery(r, PcscCodes.StateUnaware)).ToArray();
        if (queries.Length == 0) return [];
        var rc = _api.GetStatusChange(Handle, 0, queries);
        if (rc != PcscCodes.Success && rc != PcscCodes.Timeout) throw PcscException.From(rc, "SCardGetStatusChange");
        return queries.Select(ToStatus).ToArray();
    }

    /// <summary>
    /// Waits until the reader's state differs from <paramref name="known"/> (a card inserted or removed)
    /// and returns the new state, or null when <paramref name="timeout"/> passes first.
    /// </summary>
    public ReaderStatus? WaitForChange(ReaderStatus known, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(known);
        var query = new ReaderStateQuery(known.Reader, known.EventState & ~PcscCodes.StateChanged);
        var rc = _api.GetStatusChange(Handle, Milliseconds(timeout), [query]);
        if (rc == PcscCodes.Timeout) return null;
        if (rc != PcscCodes.Success) throw PcscException.From(rc, "SCardGetStatusChange");
        return ToStatus(query);
    }

    /// <summary>Waits until the reader has (or no longer has) a card; false on timeout.</summary>
    public bool WaitForCard(string reader, bool present, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var status = GetStatus([reader])[0];
        while (status.CardPresent != present)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return false;
            status = WaitForChange(status, left) ?? status;
        }
        return true;
    }

    /// <summary>
    /// The reader's current state, then every card insertion and removal until cancelled (the sequence then
    /// ends quietly). Polls in short waits so cancellation is noticed; use one context per watcher.
    /// </summary>
    public async IAsyncEnumerable<ReaderStatus> WatchAsync(string reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var status = GetStatus([reader])[0];
        yield return status;
        while (!cancellationToken.IsCancellationRequested)
        {
            var known = status;
            var changed = await Task.Run(() => WaitForChange(known, WatchSlice), CancellationToken.None).ConfigureAwait(false);
            if (changed is null) continue;
            status = changed;
            if (changed.CardPresent != known.CardPresent) yield return changed;
        }
    }

    /// <summary>Connects to the card in <paramref name="reader"/> in shared mode, T=0 or T=1.</summary>
    public PcscCard Connect(string reader)
    {
        var rc = _api.Connect(Handle, reader, PcscCodes.ShareShared, PcscCodes.ProtocolT0 | PcscCodes.ProtocolT1, out var card, out var protocol);
        if (rc != PcscCodes.Success) throw PcscException.From(rc, $"SCardConnect to \"{reader}\"");
        return new PcscCard(_api, card, reader, protocol == PcscCodes.ProtocolT0 ? CardProtocol.T0 : CardProtocol.T1);
    }

    /// <summary>Ends a <see cref="WaitForChange"/> blocked on another thread; it then throws Cancelled.</summary>
    public void Cancel()
    {
        if (_context != 0) _api.Cancel(_context);
    }

    public void Dispose()
    {
        if (_context == 0) return;
        _api.ReleaseContext(_context);
        _context = 0;
    }

    private nint Handle => _context != 0 ? _context : throw new ObjectDisposedException(nameof(PcscContext));

    private static ReaderStatus ToStatus(ReaderStateQuery query) => new(query.Reader, query.EventState, query.Atr);

    private static uint Milliseconds(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? PcscCodes.Infinite : (uint)Math.Clamp(timeout.TotalMilliseconds, 0, PcscCodes.Infinite - 1);

    private static IPcscApi PlatformApi() =>
        OperatingSystem.IsWindows() ? new WindowsPcscApi()
        : OperatingSystem.IsMacOS() ? new MacPcscApi()
        : new LinuxPcscApi();
}
