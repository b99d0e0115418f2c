using System.Runtime.InteropServices;
using System.Text;

namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// macOS PCSC.framework: DWORD and LONG are 32-bit, SCARDCONTEXT and SCARDHANDLE are int32, and Apple's
/// header packs SCARD_READERSTATE to 1 byte.
/// </summary>
internal sealed unsafe partial class MacPcscApi : IPcscApi
{
    private const string Library = "/System/Library/Frameworks/PCSC.framework/PCSC";

    [StructLayout(LayoutKind.Sequential)]
    private struct IoRequest
    {
        public uint Protocol;
        public uint PciLength;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct ReaderState
    {
        public nint Reader;
        public nint UserData;
        public uint CurrentState;
        public uint EventState;
        public uint AtrLength;
        public fixed byte Atr[ReaderStateQuery.MaxAtrLength];
    }

    public uint EstablishContext(out nint context)
    {
        var rc = Code(SCardEstablishContext(PcscCodes.ScopeSystem, 0, 0, out int handle));
        context = handle;
        return rc;
    }

    public uint ReleaseContext(nint context) => Code(SCardReleaseContext((int)context));

    public uint Cancel(nint context) => Code(SCardCancel((int)context));

    public uint ListReaders(nint context, out byte[] multiString)
    {
        multiString = [];
        uint length = 0;
        var rc = Code(SCardListReaders((int)context, null, null, ref length));
        if (rc != PcscCodes.Success) return rc;
        var buffer = new byte[(int)length];
        fixed (byte* p = buffer) rc = Code(SCardListReaders((int)context, null, p, ref length));
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
                names[i] = Marshal.StringToCoTaskMemUTF8(states[i].Reader);
                native[i] = new ReaderState { Reader = names[i], CurrentState = states[i].CurrentState };
            }
            uint rc;
            fixed (ReaderState* p = native) rc = Code(SCardGetStatusChange((int)context, timeoutMs, p, (uint)states.Length));
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
        var name = Encoding.UTF8.GetBytes(reader + "\0");
        uint rc;
        int handle;
        fixed (byte* p = name) rc = Code(SCardConnect((int)context, p, shareMode, protocols, out handle, out activeProtocol));
        card = handle;
        return rc;
    }

    public uint Transmit(nint card, uint protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received)
    {
        var pci = new IoRequest { Protocol = protocol, PciLength = (uint)sizeof(IoRequest) };
        uint length = (uint)receive.Length;
        uint rc;
        fixed (byte* s = send)
        fixed (byte* r = receive)
            rc = Code(SCardTransmit((int)card, &pci, s, (uint)send.Length, null, r, ref length));
        received = (int)length;
        return rc;
    }

    public uint Disconnect(nint card, uint disposition) => Code(SCardDisconnect((int)card, disposition));

    private static uint Code(int rc) => unchecked((uint)rc);

    [LibraryImport(Library)]
    private static partial int SCardEstablishContext(uint scope, nint reserved1, nint reserved2, out int context);

    [LibraryImport(Library)]
    private static partial int SCardReleaseContext(int context);

    [LibraryImport(Library)]
    private static partial int SCardCancel(int context);

    [LibraryImport(Library)]
    private static partial int SCardListReaders(int context, byte* groups, byte* readers, ref uint readersLength);

    [LibraryImport(Library)]
    private static partial int SCardGetStatusChange(int context, uint timeout, ReaderState* states, uint count);

    [LibraryImport(Library)]
    private static partial int SCardConnect(int context, byte* reader, uint shareMode, uint protocols, out int card, out uint activeProtocol);

    [LibraryImport(Library)]
    private static partial int SCardTransmit(int card, IoRequest* sendPci, byte* send, uint sendLength, IoRequest* receivePci, byte* receive, ref uint receiveLength);

    [LibraryImport(Library)]
    private static partial int SCardDisconnect(int card, uint disposition);
}
