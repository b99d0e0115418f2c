namespace MyNumber.Silo.Cluster;

/// <summary>Keeps a client's first connection trying, once a second, until its deadline passes.</summary>
internal sealed class ConnectRetryFilter(TimeSpan patience) : IClientConnectionRetryFilter
{
    private DateTimeOffset? _deadline;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        _deadline ??= DateTimeOffset.UtcNow + patience;
        if (DateTimeOffset.UtcNow >= _deadline) return false;
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
