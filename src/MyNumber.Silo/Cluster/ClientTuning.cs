namespace MyNumber.Silo.Cluster;

/// <summary>
/// The "Client" section of a cluster configuration: how an Orleans client (<c>mynumber run --cluster</c>,
/// <c>verify-log</c>, tests) rides out faults. A call to a killed silo must fail within seconds, not hang
/// for the 30-second default, and a client started before its silos waits for them.
/// </summary>
public sealed class ClientTuning
{
    public const string SectionName = "Client";

    public int ResponseTimeoutSeconds { get; set; } = 10;

    public int GatewayListRefreshSeconds { get; set; } = 5;

    /// <summary>How long the first connection keeps retrying while no gateway answers yet.</summary>
    public int ConnectRetrySeconds { get; set; } = 60;
}
