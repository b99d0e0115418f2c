using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using MyNumber.CardEmulator;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.Emulator;

/// <summary>The vpcd wire protocol, with a plain TCP listener playing vpcd's part.</summary>
public sealed class VirtualCardHostTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TcpListener _vpcd = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task _host = Task.CompletedTask;

    public Task InitializeAsync()
    {
        _vpcd.Start();
        _host = VirtualCardHost.RunAsync(NewProcessor(), "127.0.0.1", ((IPEndPoint)_vpcd.LocalEndpoint).Port, _stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _host.WaitAsync(Patience);
        _vpcd.Stop();
        _stop.Dispose();
    }

    [Fact]
    public async Task Answers_the_ATR_request_ignores_power_codes_and_processes_APDUs()
    {
        using var card = await AcceptAsync();
        var stream = card.GetStream();

        await SendAsync(stream, [0x04]);
        Assert.Equal(Profile.Atr, await ReceiveAsync(stream));
        await SendAsync(stream, [0x01]);
        await SendAsync(stream, Hex("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"));
        Assert.Equal(Hex("90 00"), await ReceiveAsync(stream));
    }

    [Fact]
    public async Task Reads_frames_whose_header_and_payload_arrive_separately()
    {
        using var card = await AcceptAsync();
        var stream = card.GetStream();

        await stream.WriteAsync(new byte[] { 0x00, 0x05 });
        await stream.FlushAsync();
        await Task.Delay(50);
        await stream.WriteAsync(Hex("00 CA DF 30 05"));

        Assert.Equal(Hex("6D 00"), await ReceiveAsync(stream));
    }

    [Fact]
    public async Task A_zero_length_frame_closes_the_connection_and_the_card_comes_back()
    {
        using (var card = await AcceptAsync())
        {
            var stream = card.GetStream();
            await stream.WriteAsync(new byte[] { 0x00, 0x00 });
            Assert.Equal(0, await stream.ReadAsync(new byte[1]).AsTask().WaitAsync(Patience));
        }

        using var again = await AcceptAsync();
        await SendAsync(again.GetStream(), [0x04]);
        Assert.Equal(Profile.Atr, await ReceiveAsync(again.GetStream()));
    }

    [Fact]
    public async Task Garbage_on_the_socket_never_stops_the_host()
    {
        var random = new Random(7);
        for (int round = 0; round < 5; round++)
        {
            using var card = await AcceptAsync();
            var garbage = new byte[random.Next(1, 4096)];
            random.NextBytes(garbage);
            try
            {
                await card.GetStream().WriteAsync(garbage);
                await Task.Delay(20);
            }
            catch (IOException)
            {
                // The card may already have hung up on an earlier part of the garbage: that is allowed.
            }
        }

        Assert.False(_host.IsCompleted);
        using var last = await AcceptAsync();
        await SendAsync(last.GetStream(), [0x04]);
        Assert.Equal(Profile.Atr, await ReceiveAsync(last.GetStream()));
    }

    [Fact]
    public async Task A_short_APDU_frame_gets_6700_not_a_closed_socket()
    {
        using var card = await AcceptAsync();

        await SendAsync(card.GetStream(), [0xFF, 0xFF, 0xFF]);

        Assert.Equal(Hex("67 00"), await ReceiveAsync(card.GetStream()));
    }

    private async Task<TcpClient> AcceptAsync() => await _vpcd.AcceptTcpClientAsync().WaitAsync(Patience);

    private static async Task SendAsync(NetworkStream stream, byte[] payload)
    {
        var frame = new byte[2 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)payload.Length);
        payload.CopyTo(frame, 2);
        await stream.WriteAsync(frame);
    }

    private static async Task<byte[]> ReceiveAsync(NetworkStream stream)
    {
        var header = new byte[2];
        await stream.ReadExactlyAsync(header).AsTask().WaitAsync(Patience);
        var payload = new byte[BinaryPrimitives.ReadUInt16BigEndian(header)];
        await stream.ReadExactlyAsync(payload).AsTask().WaitAsync(Patience);
        return payload;
    }
}
