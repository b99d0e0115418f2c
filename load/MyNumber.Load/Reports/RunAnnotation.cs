namespace MyNumber.Load.Reports;

/// <summary>
/// Something that happened to the system under load during the run (an outage, a killed node), placed
/// on the report's time axis: seconds from the start of the measured phase, the same axis as the
/// intervals. <see cref="EndSeconds"/> equals <see cref="StartSeconds"/> for an instant.
/// </summary>
public sealed record RunAnnotation(string Label, double StartSeconds, double EndSeconds, string? Detail = null)
{
    public bool IsInstant() => EndSeconds <= StartSeconds;

    /// <summary>Refuses an annotation no chart could place: an empty label, a non-finite time or an end before the start.</summary>
    public static RunAnnotation Checked(RunAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (string.IsNullOrWhiteSpace(annotation.Label)) throw new ArgumentException("a run annotation needs a label", nameof(annotation));
        if (!double.IsFinite(annotation.StartSeconds) || !double.IsFinite(annotation.EndSeconds) || annotation.EndSeconds < annotation.StartSeconds)
            throw new ArgumentException($"run annotation '{annotation.Label}' ends before it starts or is not on the time axis ({annotation.StartSeconds}–{annotation.EndSeconds} s)", nameof(annotation));
        return annotation;
    }
}
