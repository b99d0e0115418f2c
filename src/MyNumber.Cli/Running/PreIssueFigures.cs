namespace MyNumber.Cli.Running;

/// <summary>What <see cref="CertificatePreIssue"/> did: the plan's arrivals, the distinct card holders whose
/// certificates it made exist, and how long that took (CA signing on a first run, store reads after).</summary>
public sealed record PreIssueFigures(long PlannedArrivals, long Certificates, TimeSpan Elapsed);
