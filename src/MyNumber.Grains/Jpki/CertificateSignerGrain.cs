using Microsoft.Extensions.DependencyInjection;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;
using MyNumber.Contracts.Jpki;
using MyNumber.Grains.Faults;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Authority;
using Orleans.Concurrency;

namespace MyNumber.Grains.Jpki;

/// <summary>
/// Issues certificates with the CA keys of this silo's <see cref="JpkiServices"/>. A stateless worker:
/// issuance scales with silos and cores, and nothing funnels through one activation. While an injected
/// CA or renewal outage is in force it refuses new certificates with a <see cref="ServiceOutageException"/>;
/// certificates issued before the outage's day are still re-materialized, since cards hold them already.
/// While a back-end latency is in force each issuance first waits the fault's latency.
/// </summary>
[StatelessWorker]
[GrainType("jpki-signer")]
public sealed class CertificateSignerGrain(JpkiServices jpki, IServiceProvider services) : Grain, ICertificateSignerGrain
{
    private readonly FaultSchedule _faults = services.GetService<FaultSchedule>() ?? FaultSchedule.None;
    private readonly FleetClock? _clock = services.GetService<FleetClock>();

    public async Task<byte[]> IssueAsync(CertificateOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        RefuseDuringOutage(order);
        // A saturated J-LIS back end (2020-05) answers, but late.
        if (_clock is not null && _faults.Active(FaultSchedule.BackendLatency, _clock.UtcNow) is { } slow) await Task.Delay(slow.Latency);
        var serial = JpkiServices.Serial(order.Kind, order.CardIndex, order.Sequence);
        var key = jpki.CardKeys.KeyFor(order.CardIndex).PublicKeyInfo;
        IssuedCertificate issued;
        if (order.Kind == CertificateUse.Signing)
        {
            var h = order.Holder ?? throw new ArgumentException("a signing certificate carries the holder's basic facts", nameof(order));
            var facts = new BasicFacts(h.Name, h.Address, h.BirthDate, h.Female ? Sex.Female : Sex.Male);
            issued = jpki.Authority.IssueSigningCertificate(key, facts, serial, order.NotBefore, order.NotAfter);
        }
        else
        {
            issued = jpki.Authority.IssueUserAuthenticationCertificate(key, serial, order.NotBefore, order.NotAfter);
        }

        return issued.Der;
    }

    private void RefuseDuringOutage(CertificateOrder order)
    {
        if (_clock is null || _faults.Windows.Count == 0) return;
        var now = _clock.UtcNow;
        var down = _faults.Active(FaultSchedule.CaOutage, now) ?? _faults.Active(FaultSchedule.RenewalFunctionOutage, now);
        // NotBefore is the issue day (00:00 JST): an order dated before the outage's day re-creates a certificate
        // the card already holds, which needs no CA work in the real system.
        if (down is null) return;
        var japan = TimeSpan.FromHours(9);
        if (order.NotBefore < new DateTimeOffset(down.Start.ToOffset(japan).Date, japan)) return;

        throw new ServiceOutageException($"JPKI certificate issuance refused: {down.Describe()} (injected fault)");
    }
}
