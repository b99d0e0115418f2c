using System.Runtime.InteropServices;
using System.Text;

namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// winscard.dll: DWORD and LONG are 32-bit, context and card handles pointer-sized, the reader-state
/// ATR buffer is 36 bytes. The ANSI entry points are used so reader names travel as bytes everywhere.
/// </summary>
internal sealed unsafe partial class WindowsPcscApi : IPcscApi
{
    private const string Library = "winscard.dll";
    private const int AtrBufferLength = 36;

    [StructLayout(LayoutKind.Sequential)]
    private struct IoRequest
    {
        public uint Protocol;
        public uint PciLength;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ReaderState
    {
        public nint Reader;
        public nint UserData;
        public uint CurrentState;
        public uint EventState;
        public uint AtrLength;
        public fixed byte Atr[AtrBufferLength];
    }

    public uint EstablishContext(out nint context) => Code(SCardEstablishContext(PcscCodes.ScopeSystem, 0, 0, out context));

    public uint ReleaseContext(nint context) => Code(SCardReleaseContext(context));

    public uint Cancel(nint context) => Code(SCardCancel(context));

    public uint ListReaders(nint context, out byte[] multiString)
    {
        multiString = [];
        uint length = 0;
        var rc = Code(SCardListReadersA(context, null, null, ref length));
        if (rc != PcscCodes.Success) return rc;
        var buffer = new byte[(int)length];
        fixed (byte* p = buffer) rc = Code(SCardListReadersA(context, null, p, ref length));
        multiString = buffer;
        return rc;
    }

    public uint GetStatusChange(nint context, uint timeoutMs, ReaderStateQuery[] states)
    {
        var native = new ReaderState[states.Length];
        var names = new nint[states.Length];
        try
        {
            for (int i = 0; i < states.Length; i++)
            {
                names[i] = Marshal.StringToCoTaskMemAnsi(states[i].Reader);
                native[i] = new ReaderState { Reader = names[i], CurrentState = states[i].CurrentState };
            }
            uint rc;
            fixed (ReaderState* p = native) rc = Code(SCardGetStatusChangeA(context, timeoutMs, p, (uint)states.Length));
            for (int i = 0; i < states.Length; i++)
            {
                states[i].EventState = native[i].EventState;
                int atrLength = (int)Math.Min(native[i].AtrLength, ReaderStateQuery.MaxAtrLength);
                fixed (byte* atr = native[i].Atr) states[i].Atr = new ReadOnlySpan<byte>(atr, atrLength).ToArray();
            }
            return rc;
        }
        finally
        {
            foreach (var name in names) Marshal.FreeCoTaskMem(name);
        }
    }

    public uint Connect(nint context, string reader, uint shareMode, uint protocols, out nint card, out uint activeProtocol)
    {
        var name = Encoding.Latin1.GetBytes(reader + "\0");
        fixed (byte* p = name) return Code(SCardConnectA(context, p, shareMode, protocols, out card, out activeProtocol));
    }

    public uint Transmit(nint card, uint protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received)
    {
        var pci = new IoRequest { Protocol = protocol, PciLength = (uint)sizeof(IoRequest) };
        uint length = (uint)receive.Length;
        uint rc;
        fixed (byte* s = send)
        fixed (byte* r = receive)
            rc = Code(SCardTransmit(card, &pci, s, (uint)send.Length, null, r, ref length));
        received = (int)length;
        return rc;
    }

    public uint Disconnect(nint card, uint disposition) => Code(SCardDisconnect(card, disposition));

    private static uint Code(int rc) => unchecked((uint)rc);

    [LibraryImport(Library)]
    private static partial int SCardEstablishContext(uint scope, nint reserved1, nint reserved2, out nint context);

    [LibraryImport(Library)]
    private static partial int SCardReleaseContext(nint context);

    [LibraryImport(Library)]
    private static partial int SCardCancel(nint context);

    [LibraryImport(Library)]
    private static partial int SCardListReadersA(nint context, byte* groups, byte* readers, ref uint readersLength);

    [LibraryImport(Library)]
    private static partial int SCardGetStatusChangeA(nint context, uint timeout, ReaderState* states, uint count);

    [LibraryImport(Library)]
    private static partial int SCardConnectA(nint context, byte* reader, uint shareMode, uint protocols, out nint card, out uint activeProtocol);

    [LibraryImport(Library)]
    private static partial int SCardTransmit(nint card, IoRequest* sendPci, byte* send, uint sendLength, IoRequest* receivePci, byte* receive, ref uint receiveLength);

    [LibraryImport(Library)]
    private static partial int SCardDisconnect(nint card, uint disposition);
}
