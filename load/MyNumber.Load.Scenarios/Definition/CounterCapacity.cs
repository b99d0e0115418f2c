namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Municipal counters (窓口): windows per municipality, opening hours (Japan time), how long each counter
/// operation holds a window, and, where a ward stops taking people once it is reached, a daily cap.
/// </summary>
public sealed record CounterCapacity(
    int WindowsPerMunicipality,
    TimeOnly Opens,
    TimeOnly Closes,
    IReadOnlyDictionary<string, TimeSpan> ServiceTimes,
    int? DailyCapacityPerMunicipality);
