using System.Runtime.InteropServices;
using System.Text;

namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// pcsc-lite on Linux (and other Unix-likes): DWORD and LONG are C <c>unsigned long</c>/<c>long</c>, so
/// 64 bits wide on 64-bit systems (nuint/nint here); return codes are not sign-extended.
/// </summary>
internal sealed unsafe partial class LinuxPcscApi : IPcscApi
{
    // The unversioned libpcsclite.so exists only with the -dev package.
    private const string Library = "libpcsclite.so.1";

    [StructLayout(LayoutKind.Sequential)]
    private struct IoRequest
    {
        public nuint Protocol;
        public nuint PciLength;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ReaderState
    {
        public nint Reader;
        public nint UserData;
        public nuint CurrentState;
        public nuint EventState;
        public nuint AtrLength;
        public fixed byte Atr[ReaderStateQuery.MaxAtrLength];
    }

    public uint EstablishContext(out nint context) => Code(SCardEstablishContext(PcscCodes.ScopeSystem, 0, 0, out context));

    public uint ReleaseContext(nint context) => Code(SCardReleaseContext(context));

    public uint Cancel(nint context) => Code(SCardCancel(context));

    public uint ListReaders(nint context, out byte[] multiString)
    {
        multiString = [];
        nuint length = 0;
        var rc = Code(SCardListReaders(context, null, null, ref length));
        if (rc != PcscCodes.Success) return rc;
        var buffer = new byte[(int)length];
        fixed (byte* p = buffer) rc = Code(SCardListReaders(context, null, p, ref length));
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
            nuint timeout = timeoutMs == PcscCodes.Infinite ? nuint.MaxValue : timeoutMs;
            fixed (ReaderState* p = native) rc = Code(SCardGetStatusChange(context, timeout, p, (nuint)states.Length));
            for (int i = 0; i < states.Length; i++)
            {
                states[i].EventState = (uint)native[i].EventState;
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
        nuint protocol;
        uint rc;
        fixed (byte* p = name) rc = Code(SCardConnect(context, p, shareMode, protocols, out card, out protocol));
        activeProtocol = (uint)protocol;
        return rc;
    }

    public uint Transmit(nint card, uint protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received)
    {
        var pci = new IoRequest { Protocol = protocol, PciLength = (nuint)sizeof(IoRequest) };
        nuint length = (nuint)receive.Length;
        uint rc;
        fixed (byte* s = send)
        fixed (byte* r = receive)
            rc = Code(SCardTransmit(card, &pci, s, (nuint)send.Length, null, r, ref length));
        received = (int)length;
        return rc;
    }

    public uint Disconnect(nint card, uint disposition) => Code(SCardDisconnect(card, disposition));

    private static uint Code(nint rc) => unchecked((uint)(ulong)rc);

    [LibraryImport(Library)]
    private static partial nint SCardEstablishContext(nuint scope, nint reserved1, nint reserved2, out nint context);

    [LibraryImport(Library)]
    private static partial nint SCardReleaseContext(nint context);

    [LibraryImport(Library)]
    private static partial nint SCardCancel(nint context);

    [LibraryImport(Library)]
    private static partial nint SCardListReaders(nint context, byte* groups, byte* readers, ref nuint readersLength);

    [LibraryImport(Library)]
    private static partial nint SCardGetStatusChange(nint context, nuint timeout, ReaderState* states, nuint count);

    [LibraryImport(Library)]
    private static partial nint SCardConnect(nint context, byte* reader, nuint shareMode, nuint protocols, out nint card, out nuint activeProtocol);

    [LibraryImport(Library)]
    private static partial nint SCardTransmit(nint card, IoRequest* sendPci, byte* send, nuint sendLength, IoRequest* receivePci, byte* receive, ref nuint receiveLength);

    [LibraryImport(Library)]
    private static partial nint SCardDisconnect(nint card, nuint disposition);
}
