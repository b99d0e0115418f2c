namespace MyNumber.Contracts.Municipality;

/// <summary>A place in the counter queue: when the resident is called, at which window, and when done.</summary>
[GenerateSerializer, Immutable, Alias("mn.CounterTicket")]
public sealed record CounterTicket(
    [property: Id(0)] int Number,
    [property: Id(1)] int Window,
    [property: Id(2)] DateTimeOffset Arrived,
    [property: Id(3)] DateTimeOffset Called,
    [property: Id(4)] DateTimeOffset Done)
{
    public TimeSpan Waiting => Called - Arrived;
}
