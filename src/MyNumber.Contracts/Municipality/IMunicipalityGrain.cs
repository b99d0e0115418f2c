using Orleans.Concurrency;

namespace MyNumber.Contracts.Municipality;

/// <summary>
/// A municipality's counter and certificate service (key: <see cref="FleetKeys.Municipality"/>, by
/// local-government code; Bunkyo is 131059). Nothing every request touches goes through it: kiosks ask
/// it only for a document, clinics never.
/// </summary>
[Alias("mn.IMunicipalityGrain")]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>Joins the counter queue now (simulated time); the ticket says the wait at the earliest free window.</summary>
    [Alias("Queue")] Task<CounterTicket> QueueAsync(CounterProcedure procedure);

    /// <summary>Mean waiting time of the tickets issued so far.</summary>
    [Alias("MeanWait")] Task<TimeSpan> MeanWaitAsync();

    /// <summary>
    /// Starts the deadline sweep on simulated time: every <paramref name="period"/> the residents
    /// [<paramref name="firstResident"/>, +<paramref name="count"/>) are asked to check their deadlines
    /// (R-MOVE-3 transfer-in overdue). The timer follows the cluster clock, so a stepped scenario drives it.
    /// </summary>
    [Alias("StartSweep")] Task StartDeadlineSweepAsync(long firstResident, int count, TimeSpan period);

    /// <summary>Runs one sweep now (what the timer sends); returns how many cards of the range are lapsed.</summary>
    [Alias("Sweep")] Task<int> SweepAsync();

    /// <summary>Completes when at least <paramref name="sweeps"/> sweeps have run; answers the last sweep's lapsed count.</summary>
    [AlwaysInterleave, Alias("WaitForSweeps")] Task<int> WaitForSweepsAsync(int sweeps);

    /// <summary>The certificate service: produces the document of <paramref name="residentKey"/> for a store print.</summary>
    [Alias("Produce")] Task<MunicipalDocument> ProduceDocumentAsync(string residentKey, int documentKind);
}
