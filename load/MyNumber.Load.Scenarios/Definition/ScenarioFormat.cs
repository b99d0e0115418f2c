namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// The shape of a scenario file: the fields of each kind of object, keyed by the name the JSON Schema
/// (<c>load/scenarios/scenario.schema.json</c>) uses for it in <c>$defs</c> ("scenario" is the root).
/// The loader enforces these lists and a test holds the schema to them, so the two cannot drift apart.
/// Objects keyed by data (the operation mix, service times, issue years) are not listed here.
/// </summary>
public static class ScenarioFormat
{
    public static IReadOnlyDictionary<string, SectionFields> Sections { get; } = new Dictionary<string, SectionFields>
    {
        ["scenario"] = new(
            ["name", "description", "calibration", "population", "calendar", "clock", "arrivals", "operations",
             "rate", "thresholds", "warmUp", "duration"],
            ["$schema", "notes", "schedule", "counters", "kiosks", "facilityMix", "faults", "outputs"]),
        ["calibrationReference"] = new(["row", "figure", "use"], ["date", "section"]),
        ["population"] = new(
            ["size", "seed", "ageMix", "nationalityMix", "cardHolding"],
            ["faceAuthCards", "smartphoneCertificates", "insuranceRegistered", "issueYearMix"]),
        ["ageMix"] = new(["0-14", "15-17", "18-64", "65+"], []),
        ["nationalityMix"] = new(["japanese", "foreign"], []),
        ["calendar"] = new(["start", "end"], []),
        ["clock"] = new(["mode"], ["factor", "step"]),
        ["arrivals"] = new(["hourOfDay", "weekday"], []),
        ["weekday"] = new(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], []),
        ["rate"] = new(["reference"], ["perDay", "perSecond", "derived", "expectedPerDay"]),
        ["scheduleEntry"] = new(["from", "multiplier"], ["note"]),
        ["counters"] = new(["windowsPerMunicipality", "opens", "closes", "serviceTimes"], ["dailyCapacityPerMunicipality"]),
        ["kiosks"] = new(["concurrentSessionsPerMunicipality", "printTime", "opens", "closes", "sitesPerMunicipality"], []),
        ["facilityMix"] = new(["hospital", "clinic", "dental", "pharmacy"], []),
        ["fault"] = new(["kind", "at", "duration"], ["latency", "note"]),
        ["threshold"] = new(["metric", "comparison", "value"], ["step", "abortOnBreach"]),
    };

    /// <summary>Shares that must sum to 1 may be off by this much (rounding in hand-written files).</summary>
    public const double ShareTolerance = 0.001;

    public static IReadOnlyDictionary<string, ThresholdComparison> Comparisons { get; } = new Dictionary<string, ThresholdComparison>
    {
        ["<"] = ThresholdComparison.LessThan,
        ["<="] = ThresholdComparison.LessThanOrEqual,
        [">"] = ThresholdComparison.GreaterThan,
        [">="] = ThresholdComparison.GreaterThanOrEqual,
        ["=="] = ThresholdComparison.EqualTo,
    };

    public static IReadOnlyDictionary<string, FaultKind> FaultKinds { get; } = new Dictionary<string, FaultKind>
    {
        ["renewal-function-outage"] = FaultKind.RenewalFunctionOutage,
        ["ca-outage"] = FaultKind.CaOutage,
        ["revocation-outage"] = FaultKind.RevocationOutage,
        ["storage-latency"] = FaultKind.StorageLatency,
        ["storage-outage"] = FaultKind.StorageOutage,
        ["backend-latency"] = FaultKind.BackendLatency,
        ["silo-kill"] = FaultKind.SiloKill,
        ["counter-closure"] = FaultKind.CounterClosure,
        ["kiosk-rolling-patch"] = FaultKind.KioskRollingPatch,
    };

    public static IReadOnlyDictionary<string, ClockMode> ClockModes { get; } = new Dictionary<string, ClockMode>
    {
        ["real"] = ClockMode.Real,
        ["accelerated"] = ClockMode.Accelerated,
        ["stepped"] = ClockMode.Stepped,
    };

    /// <summary>What a run reports besides the verdict and the latency tables every run has.</summary>
    public static IReadOnlyList<string> Outputs { get; } =
    [
        "daily-counter-demand", "counter-queue", "kiosk-sessions", "outcomes-by-reason", "operation-log",
    ];
}
