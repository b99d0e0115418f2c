namespace MyNumber.Grains.Kiosk;

/// <summary>
/// Store kiosks ("Kiosk" section of a profile; a scenario run sets <see cref="PrintTime"/> from the scenario's
/// <c>kiosks.printTime</c>). The print time is simulated: a receipt carries it, the grain does not wait for it.
/// </summary>
public sealed class KioskSettings
{
    public const string SectionName = "Kiosk";

    /// <summary>One certificate out of the machine, its setup included (20 s setup + 12 s a copy by default).</summary>
    public TimeSpan PrintTime { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>Each further copy of the same certificate: the document is already fetched, only the paper runs.</summary>
    public TimeSpan ExtraCopyTime { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The print time of an order of <paramref name="copies"/> (at least one: the session machine refuses fewer).</summary>
    public TimeSpan PrintTimeOf(int copies) => PrintTime + (ExtraCopyTime * Math.Max(0, copies - 1));
}
