using System.Diagnostics;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Domain.Pins;
using MyNumber.SmartCard;
using MyNumber.SmartCard.Jpki;
using MyNumber.SmartCard.Pcsc;
using PinSlot = MyNumber.Contracts.Cards.PinSlot;

namespace MyNumber.Cli.Cards;

/// <summary>
/// The attach process's side of a bridge: owns the PC/SC connection to one reader and does the chip's
/// work the bridge grain forwards (it is the grain's <see cref="ICardReaderObserver"/>). Exchanges run
/// one at a time on a pool thread; PC/SC and card faults become reason codes, and after any PC/SC fault
/// the connection is dropped so the next operation reconnects (or finds the card gone).
/// </summary>
public sealed class CardReaderAgent(string reader, PinSource pins) : ICardReaderObserver, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PcscContext? _context;
    private PcscCard? _card;
    private long _chipTicks;

    public string Reader { get; } = reader ?? throw new ArgumentNullException(nameof(reader));

    /// <summary>Time spent talking to the chip (PIN entry included) in the last operation.</summary>
    public TimeSpan LastChipTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _chipTicks));

    /// <summary>The certificates of the card just inserted: the user-authentication certificate and its CA's.</summary>
    public Task<(byte[] Certificate, byte[] CaCertificate, string Token)> ReadInsertedCardAsync() => RunAsync(client =>
    {
        var token = client.ReadTokenName();
        return (client.ReadCertificate(JpkiCertificate.UserAuthentication), client.ReadCertificate(JpkiCertificate.UserAuthenticationCa), token);
    });

    public Task<CardCertificate> ReadCertificateAsync(CertificateUse use) => Guard(
        () => RunAsync(client =>
        {
            if (use == CertificateUse.Signing && Verify(client, JpkiPin.Signing) is { } refused)
                return new CardCertificate(refused.Reason, [], false);
            return new CardCertificate(null, client.ReadCertificate(use == CertificateUse.Signing ? JpkiCertificate.Signing : JpkiCertificate.UserAuthentication), false);
        }),
        reason => new CardCertificate(reason, [], false));

    public Task<PinCheck> VerifyPinAsync(PinSlot slot) => Guard(
        () => RunAsync(client => Verify(client, ToCardPin(slot)) ?? new PinCheck(null, client.GetTriesLeft(ToCardPin(slot)))),
        reason => new PinCheck(reason, 0));

    public Task<CardSignature> SignAsync(CertificateUse use, byte[] digestInfo) => Guard(
        () => RunAsync(client =>
        {
            var (pin, key, certificate) = use == CertificateUse.Signing
                ? (JpkiPin.Signing, JpkiKey.Signing, JpkiCertificate.Signing)
                : (JpkiPin.UserAuthentication, JpkiKey.UserAuthentication, JpkiCertificate.UserAuthentication);
            if (Verify(client, pin) is { } refused) return CardSignature.Refused(refused.Reason!);
            var signature = client.Sign(key, digestInfo);
            return new CardSignature(null, signature, client.ReadCertificate(certificate));
        }),
        CardSignature.Refused);

    /// <summary>Drops the connection (the card left the reader).</summary>
    public void Disconnect()
    {
        _gate.Wait();
        try
        {
            DropConnection();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Disconnect();
        _context?.Dispose();
        _context = null;
        _gate.Dispose();
    }

    /// <summary>A reason code for a PC/SC fault: the card gone, the PC/SC service (pcscd) gone, or the reader gone.</summary>
    public static string ReasonFor(PcscError error) => error switch
    {
        PcscError.NoCard or PcscError.CardRemoved or PcscError.CardReset or PcscError.CardUnresponsive or PcscError.NotTransacted => BridgeReasons.CardRemoved,
        PcscError.NoService => BridgeReasons.ServiceGone,
        PcscError.Timeout => BridgeReasons.Timeout,
        _ => BridgeReasons.ReaderGone,
    };

    private PinCheck? Verify(JpkiCardClient client, JpkiPin pin)
    {
        var value = pins.Read(pin, Reader);
        if (value is null) return new PinCheck(BridgeReasons.NoPin, 0);
        try
        {
            var answer = client.VerifyPin(pin, value);
            return answer.Status switch
            {
                PinVerificationStatus.Verified => null,
                PinVerificationStatus.Wrong => new PinCheck(PinReasons.Wrong.Code, answer.TriesLeft),
                _ => new PinCheck(PinReasons.Locked.Code, 0),
            };
        }
        finally
        {
            PinSource.Clear(value);
        }
    }

    private static JpkiPin ToCardPin(PinSlot slot) => slot switch
    {
        PinSlot.Signing => JpkiPin.Signing,
        PinSlot.CardInfoInput => JpkiPin.CardInfoInput,
        _ => JpkiPin.UserAuthentication,
    };

    private static async Task<T> Guard<T>(Func<Task<T>> work, Func<string, T> refused)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (PcscException e)
        {
            return refused(ReasonFor(e.Error));
        }
        catch (CardCommandException)
        {
            return refused(BridgeReasons.CardRefused);
        }
    }

    private Task<T> RunAsync<T>(Func<JpkiCardClient, T> work) => Task.Run(async () =>
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        try
        {
            _context ??= PcscContext.Establish();
            _card ??= _context.Connect(Reader);
            var client = new JpkiCardClient(_card);
            client.SelectJpkiApplication();
            return work(client);
        }
        catch (PcscException e)
        {
            DropConnection();
            if (e.Error is PcscError.NoService or PcscError.ReaderUnavailable)
            {
                // pcscd restarted or went away: a fresh context is needed once it is back.
                _context?.Dispose();
                _context = null;
            }

            throw;
        }
        finally
        {
            Interlocked.Exchange(ref _chipTicks, Stopwatch.GetTimestamp() - started);
            _gate.Release();
        }
    });

    private void DropConnection()
    {
        try
        {
            _card?.Dispose();
        }
        catch (PcscException)
        {
            // Disconnecting from a card that is already gone has nothing left to release.
        }

        _card = null;
    }
}
