namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// The one seam over the platform's PC/SC library. Each platform has its own implementation because the
/// C types differ: pcsc-lite on 64-bit Linux has 64-bit DWORD/LONG, winscard and macOS have 32-bit ones,
/// and macOS packs its reader-state struct. Return values are the PC/SC codes as unsigned 32-bit numbers.
/// </summary>
internal interface IPcscApi
{
    uint EstablishContext(out nint context);
    uint ReleaseContext(nint context);

    /// <summary>The readers as the library's multi-string (names separated and ended by NUL).</summary>
    uint ListReaders(nint context, out byte[] multiString);

    uint GetStatusChange(nint context, uint timeoutMs, ReaderStateQuery[] states);
    uint Connect(nint context, string reader, uint shareMode, uint protocols, out nint card, out uint activeProtocol);
    uint Transmit(nint card, uint protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received);
    uint Disconnect(nint card, uint disposition);
    uint Cancel(nint context);
}
