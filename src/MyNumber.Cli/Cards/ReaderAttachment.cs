using System.Globalization;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;
using MyNumber.Contracts.Bridge;
using MyNumber.Jpki.Authority;
using MyNumber.SmartCard;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Cli.Cards;

/// <summary>
/// <c>mynumber attach</c>'s loop: watches one reader; on insertion reads the card's user-authentication
/// certificate, subscribes this process's <see cref="CardReaderAgent"/> with the resident's bridge grain
/// and registers the card; on removal tells the bridge. The subscription is renewed on a timer (Orleans
/// observers are not durable: a grain forgets a subscriber that stops renewing). A dead pcscd or a
/// vanished reader is reported to the bridge and retried; the loop ends only when cancelled.
/// </summary>
public sealed class ReaderAttachment(IGrainFactory grains, AttachOptions options, TextWriter log) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DetachTimeout = TimeSpan.FromSeconds(2);

    private readonly CardReaderAgent _agent = new(options.Reader, options.Pins);
    private readonly SemaphoreSlim _bridgeGate = new(1, 1);
    private ICardReaderObserver? _reference;
    private IReaderBridgeGrain? _bridge;
    private (byte[] Certificate, byte[] CaCertificate)? _inserted;
    private string? _lastFault;
    private byte[]? _announced;

    public CardReaderAgent Agent => _agent;

    /// <summary>
    /// Raised (on the watch loop) after the fleet accepted an inserted card: once per insertion. A card
    /// registered again after a PC/SC fault (pcscd restarted, the watch failed) without PC/SC ever showing
    /// the reader empty is the same insertion and is not announced again.
    /// </summary>
    public event Func<IReaderBridgeGrain, Task>? CardRegistered;

    /// <summary>The bridge of the card in the reader, once one was registered.</summary>
    public IReaderBridgeGrain? Bridge => _bridge;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<ICardReaderObserver>(_agent);
        using var renewals = new PeriodicTimer(options.RenewEvery);
        var renewing = RenewAsync(renewals, cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await WatchAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (PcscException e)
                {
                    Fault(e.Error == PcscError.NoService
                        ? $"attach: {e.Message} The card is out of the fleet until the service is back; retrying every {RetryDelay.TotalSeconds:0} s."
                        : $"attach: {e.Message}");
                    await RemovedAsync(CardReaderAgent.ReasonFor(e.Error)).ConfigureAwait(false);
                    await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    // The fleet did not answer (a silo restarting, a gateway moving): the reader stays watched.
                    Fault($"attach: the fleet did not answer: {e.Message}");
                    await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            renewals.Dispose();
            await renewing.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bridge is { } bridge && _reference is { } reference)
        {
            try
            {
                // A fleet that is shutting down may never answer: do not hold the process for it.
                await bridge.DetachAsync(reference).WaitAsync(DetachTimeout).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException or ObjectDisposedException or OperationCanceledException)
            {
                // The fleet is already gone; there is nobody left to tell.
            }
        }

        if (_reference is { } r) grains.DeleteObjectReference<ICardReaderObserver>(r);
        _agent.Dispose();
        _bridgeGate.Dispose();
    }

    /// <summary>The population index in a fleet-issued certificate's serial (kind | card index | sequence), or null.</summary>
    public static long? ResidentOfCertificate(byte[] certificate)
    {
        try
        {
            using var parsed = X509CertificateLoader.LoadCertificate(certificate);
            var serial = BigInteger.Parse("0" + parsed.SerialNumber, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return serial.Sign > 0 ? (long)((serial >> 16) & CertificateSerial.MaxCardIndex) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    // A fault that repeats on every retry (pcscd down for minutes) is said once, not once a second.
    private void Fault(string message)
    {
        if (message == _lastFault) return;
        _lastFault = message;
        log.WriteLine(message);
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        using var context = PcscContext.Establish();
        var first = true;
        await foreach (var status in context.WatchAsync(options.Reader, cancellationToken).ConfigureAwait(false))
        {
            if (_lastFault is not null) log.WriteLine($"attach: watching \"{options.Reader}\" again");
            _lastFault = null;
            // Only a removal PC/SC reported while watching ends an insertion; a fresh pcscd's first look
            // (empty until its first poll of the card) does not.
            if (!status.CardPresent && !first) _announced = null;
            first = false;
            if (status.CardPresent) await InsertedAsync().ConfigureAwait(false);
            else await RemovedAsync(BridgeReasons.CardRemoved).ConfigureAwait(false);
        }
    }

    private async Task InsertedAsync()
    {
        (byte[] Certificate, byte[] CaCertificate, string Token) card;
        try
        {
            card = await _agent.ReadInsertedCardAsync().ConfigureAwait(false);
        }
        catch (CardCommandException e)
        {
            log.WriteLine($"attach: the card in \"{options.Reader}\" is not a My Number Card ({e.Message})");
            return;
        }

        var resident = options.Resident ?? ResidentOfCertificate(card.Certificate);
        if (resident is not { } index)
        {
            log.WriteLine("attach: cannot tell whose card this is; pass --resident");
            return;
        }

        await _bridgeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var bridge = grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(index));
            if (_bridge is { } previous && !previous.Equals(bridge)) await previous.DetachAsync(_reference!).ConfigureAwait(false);
            _bridge = bridge;
            _inserted = (card.Certificate, card.CaCertificate);
            await bridge.AttachAsync(_reference!, options.ToAttachment()).ConfigureAwait(false);
            var registered = await bridge.CardInsertedAsync(card.Certificate, card.CaCertificate).ConfigureAwait(false);
            log.WriteLine(registered.Accepted
                ? $"attach: {card.Token} card in \"{options.Reader}\" joined the fleet as resident {index}'s card"
                : $"attach: the fleet refused the card in \"{options.Reader}\": {registered.Reason}");
        }
        finally
        {
            _bridgeGate.Release();
        }

        if (_inserted is { } joinedCard && CardRegistered is { } registeredHandler && _bridge is { } joined
            && !(_announced is { } announced && announced.AsSpan().SequenceEqual(joinedCard.Certificate))
            && (await joined.GetStatusAsync().ConfigureAwait(false)).CardRegistered)
        {
            _announced = joinedCard.Certificate;
            await registeredHandler(joined).ConfigureAwait(false);
        }
    }

    private async Task RemovedAsync(string reason)
    {
        _agent.Disconnect();
        await _bridgeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_inserted is null) return;
            _inserted = null;
            if (_bridge is { } bridge) await bridge.CardRemovedAsync(reason).ConfigureAwait(false);
            log.WriteLine($"attach: card left \"{options.Reader}\" ({reason})");
        }
        finally
        {
            _bridgeGate.Release();
        }
    }

    private async Task RenewAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await _bridgeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (_bridge is not { } bridge) continue;
                    await bridge.AttachAsync(_reference!, options.ToAttachment()).ConfigureAwait(false);
                    // After a silo restart the bridge is a fresh activation: register the card again.
                    if (_inserted is { } card && !(await bridge.GetStatusAsync().ConfigureAwait(false)).CardRegistered)
                        await bridge.CardInsertedAsync(card.Certificate, card.CaCertificate).ConfigureAwait(false);
                }
                catch (OrleansException e)
                {
                    log.WriteLine($"attach: could not renew the subscription: {e.Message}");
                }
                finally
                {
                    _bridgeGate.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
