using System.Buffers.Binary;
using System.Net.Sockets;

namespace MyNumber.CardEmulator;

/// <summary>
/// Puts a virtual card into vsmartcard's vpcd reader (pcsc-linux.md §4, jpki-card.md §5): connects to
/// the port pcscd's vpcd driver listens on, answers its control bytes and APDUs with the processor, and
/// reconnects whenever the connection drops, so the card stays "inserted" until cancelled. Bytes that are
/// not vpcd frames close the connection; nothing thrown by the socket escapes.
/// </summary>
public static class VirtualCardHost
{
    /// <summary>vpcd's first slot ("Virtual PCD 00 00"); the second slot is this + 1.</summary>
    public const int DefaultPort = 35963;

    private const byte PowerOff = 0x00, PowerOn = 0x01, Reset = 0x02, GetAtr = 0x04;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs a card built from <paramref name="profile"/> until cancelled, then returns (no exception).</summary>
    public static Task RunAsync(VirtualCardProfile profile, int port = DefaultPort, CancellationToken cancellationToken = default) =>
        RunAsync(new JpkiCardProcessor(profile), "127.0.0.1", port, cancellationToken);

    /// <summary>Runs an existing processor (its PIN counters carry over between connections) until cancelled.</summary>
    public static async Task RunAsync(JpkiCardProcessor card, string host, int port, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
                await ServeAsync(card, socket, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                // pcscd not up yet, or it went away: try again, as a card left in a reader would.
            }
            catch (IOException)
            {
            }
            card.PowerReset();
            try
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Serves one vpcd connection until it closes or sends something that is not a vpcd frame.</summary>
    internal static async Task ServeAsync(JpkiCardProcessor card, Socket socket, CancellationToken cancellationToken)
    {
        var header = new byte[2];
        var frame = new byte[ushort.MaxValue];
        while (true)
        {
            if (!await ReadExactlyAsync(socket, header, cancellationToken).ConfigureAwait(false)) return;
            int length = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (length == 0) return;
            if (!await ReadExactlyAsync(socket, frame.AsMemory(0, length), cancellationToken).ConfigureAwait(false)) return;
            byte[]? answer = length == 1 ? Control(card, frame[0]) : card.Process(frame.AsSpan(0, length));
            if (answer is null) continue;
            if (answer.Length is 0 or > ushort.MaxValue) return;
            var message = new byte[2 + answer.Length];
            BinaryPrimitives.WriteUInt16BigEndian(message, (ushort)answer.Length);
            answer.CopyTo(message, 2);
            await socket.SendAsync(message, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
    }

    private static byte[]? Control(JpkiCardProcessor card, byte code)
    {
        switch (code)
        {
            case PowerOff or PowerOn or Reset:
                card.PowerReset();
                return null;
            case GetAtr:
                return card.Atr;
            default:
                return null;
        }
    }

    private static async Task<bool> ReadExactlyAsync(Socket socket, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await socket.ReceiveAsync(buffer[read..], SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (n == 0) return false;
            read += n;
            QuickAck(socket);
        }
        return true;
    }

    // Debian's vpcd sends a frame's length and payload in two writes without TCP_NODELAY; with delayed
    // ACKs on our side every exchange then waits ~40 ms for Nagle. Linux clears TCP_QUICKACK after use,
    // so it is re-armed after every read.
    private static void QuickAck(Socket socket)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            socket.SetRawSocketOption(6 /* IPPROTO_TCP */, 12 /* TCP_QUICKACK */, [1, 0, 0, 0]);
        }
        catch (SocketException)
        {
        }
    }
}
