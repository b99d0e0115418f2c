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

    /// <summary>The certificate service: produces the document of <paramref name="residentKey"/> for a store print.</summary>
    [Alias("Produce")] Task<MunicipalDocument> ProduceDocumentAsync(string residentKey, int documentKind);
}
