namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>Where the work is served, what breaks, and what counts as holding up.</summary>
internal sealed partial class ScenarioReader
{
    private CounterCapacity? ReadCounters(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "counters");
        if (f is null) return null;
        var windows = Integer(f, "windowsPerMunicipality", 1);
        var opens = TimeOfDay(f, "opens");
        var closes = TimeOfDay(f, "closes");
        var serviceTimes = ReadServiceTimes(f["serviceTimes"], f.PathOf("serviceTimes"));
        var cap = Integer(f, "dailyCapacityPerMunicipality", 1);
        if (opens is not null && closes is not null && closes <= opens)
        {
            Error(f["closes"]!, f.PathOf("closes"), $"counters close at {closes:HH:mm}, not after they open at {opens:HH:mm}");
            return null;
        }
        if (windows is null || opens is null || closes is null || serviceTimes is null) return null;
        return new CounterCapacity((int)Math.Min(windows.Value, int.MaxValue), opens.Value, closes.Value, serviceTimes,
            cap is null ? null : (int)Math.Min(cap.Value, int.MaxValue));
    }

    private Dictionary<string, TimeSpan>? ReadServiceTimes(PositionedNode? node, string path)
    {
        if (node is null) return null;
        if (node.Kind != JsonKind.Object)
        {
            Error(node, path, $"expected an object of counter operation → duration, got {node.KindName}");
            return null;
        }
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            var itemPath = ChildPath(path, property.Name);
            var time = DurationValue(property.Value, itemPath, allowZero: false);
            if (!OperationCatalog.TryGet(property.Name, out var operation))
            {
                Error(property.Line, property.Column, itemPath, $"unknown operation \"{property.Name}\"");
            }
            else if (operation.Channel != OperationChannel.Counter)
            {
                Error(property.Line, property.Column, itemPath, $"\"{property.Name}\" is not a counter operation (it happens at: {operation.Channel})");
            }
            else if (time is not null)
            {
                times[property.Name] = time.Value;
            }
        }
        return times;
    }

    private KioskCapacity? ReadKiosks(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "kiosks");
        if (f is null) return null;
        var sessions = Integer(f, "concurrentSessionsPerMunicipality", 1);
        var print = Duration(f, "printTime", allowZero: false);
        var opens = TimeOfDay(f, "opens");
        var closes = TimeOfDay(f, "closes");
        var sites = Number(f, "sitesPerMunicipality", 0);
        if (opens is not null && closes is not null && closes <= opens)
        {
            Error(f["closes"]!, f.PathOf("closes"), $"kiosks close at {closes:HH:mm}, not after they open at {opens:HH:mm}");
            return null;
        }
        if (sessions is null || print is null || opens is null || closes is null || sites is null) return null;
        return new KioskCapacity((int)Math.Min(sessions.Value, int.MaxValue), print.Value, opens.Value, closes.Value, sites.Value);
    }

    private FacilityMix? ReadFacilityMix(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "facilityMix");
        if (f is null) return null;
        var hospital = Share(f, "hospital");
        var clinic = Share(f, "clinic");
        var dental = Share(f, "dental");
        var pharmacy = Share(f, "pharmacy");
        if (hospital is null || clinic is null || dental is null || pharmacy is null) return null;
        CheckSumsToOne(f.Node, path, [hospital.Value, clinic.Value, dental.Value, pharmacy.Value], "facility shares");
        return new FacilityMix(hospital.Value, clinic.Value, dental.Value, pharmacy.Value);
    }

    private FaultSpec? ReadFault(PositionedNode node, string path, CalendarWindow? calendar)
    {
        var f = Fields(node, path, "fault");
        if (f is null) return null;
        var kindText = String(f, "kind");
        FaultKind? kind = null;
        if (kindText is not null)
        {
            if (ScenarioFormat.FaultKinds.TryGetValue(kindText, out var k)) kind = k;
            else Error(f["kind"]!, f.PathOf("kind"), $"unknown fault kind \"{kindText}\"; use one of: {string.Join(", ", ScenarioFormat.FaultKinds.Keys)}");
        }
        var at = JapanTime(f, "at");
        var duration = Duration(f, "duration", allowZero: false);
        var latency = Duration(f, "latency", allowZero: false);
        var note = String(f, "note");
        if (at is not null && calendar is not null && (at < calendar.Start || at >= calendar.End))
        {
            Error(f["at"]!, f.PathOf("at"), $"{at:yyyy-MM-dd'T'HH:mm} is outside the calendar window");
            return null;
        }
        var needsLatency = kind is FaultKind.StorageLatency or FaultKind.BackendLatency;
        if (kind is not null && needsLatency && !f.Has("latency"))
        {
            Error(f.Node, f.PathOf("latency"), $"required for a {kindText} fault");
            return null;
        }
        if (kind is not null && !needsLatency && f.Has("latency"))
        {
            Error(f["latency"]!, f.PathOf("latency"), $"not allowed for a {kindText} fault");
            return null;
        }
        if (kind is null || at is null || duration is null || (needsLatency && latency is null)) return null;
        return new FaultSpec(kind.Value, at.Value, duration.Value, latency, note);
    }

    private ThresholdSpec? ReadThreshold(PositionedNode node, string path, IReadOnlyList<OperationShare>? operations)
    {
        var f = Fields(node, path, "threshold");
        if (f is null) return null;
        var metric = String(f, "metric");
        ThresholdValueKind? valueKind = null;
        if (metric is not null)
        {
            if (ThresholdMetrics.All.TryGetValue(metric, out var k)) valueKind = k;
            else Error(f["metric"]!, f.PathOf("metric"), $"unknown metric \"{metric}\"; known metrics: {string.Join(", ", ThresholdMetrics.All.Keys)}");
        }
        var step = String(f, "step");
        if (step is not null && operations is not null && operations.All(o => o.Operation != step))
        {
            Error(f["step"]!, f.PathOf("step"), $"\"{step}\" is not an operation of this scenario's mix");
            step = null;
        }
        var comparisonText = String(f, "comparison");
        ThresholdComparison? comparison = null;
        if (comparisonText is not null)
        {
            if (ScenarioFormat.Comparisons.TryGetValue(comparisonText, out var c)) comparison = c;
            else Error(f["comparison"]!, f.PathOf("comparison"), $"unknown comparison \"{comparisonText}\"; use one of: {string.Join(" ", ScenarioFormat.Comparisons.Keys)}");
        }
        var value = valueKind is { } kind && f["value"] is { } valueNode ? ThresholdValue(valueNode, f.PathOf("value"), kind) : null;
        var abort = f.Has("abortOnBreach") ? Boolean(f, "abortOnBreach") : false;
        if (metric is null || valueKind is null || comparison is null || value is null || abort is null) return null;
        return new ThresholdSpec(metric, step, comparison.Value, value.Value, abort.Value);
    }

    private double? ThresholdValue(PositionedNode node, string path, ThresholdValueKind kind)
    {
        switch (kind)
        {
            case ThresholdValueKind.Duration:
                return DurationValue(node, path, allowZero: true)?.TotalMilliseconds;
            case ThresholdValueKind.Fraction:
                return NumberValue(node, path, 0, 1);
            case ThresholdValueKind.PerSecond:
                return NumberValue(node, path, 0);
            default:
                var count = NumberValue(node, path, 0);
                if (count is { } c && c != Math.Floor(c))
                {
                    Error(node, path, $"a count must be a whole number, got {node.Text}");
                    return null;
                }
                return count;
        }
    }

    /// <summary>Counter operations need windows and service times; kiosk operations need kiosks; clinic ones a facility mix.</summary>
    private void CheckCapacityCoversMix(FieldSet f, IReadOnlyList<OperationShare>? operations, CounterCapacity? counters)
    {
        if (operations is null) return;
        var byChannel = operations.Where(o => o.Share > 0)
            .Select(o => { OperationCatalog.TryGet(o.Operation, out var info); return info; })
            .GroupBy(o => o.Channel)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Name).ToList());
        CheckSection(f, byChannel, OperationChannel.Counter, "counters");
        CheckSection(f, byChannel, OperationChannel.Kiosk, "kiosks");
        CheckSection(f, byChannel, OperationChannel.Clinic, "facilityMix");
        if (counters is not null && byChannel.TryGetValue(OperationChannel.Counter, out var counterOperations))
        {
            foreach (var missing in counterOperations.Where(o => !counters.ServiceTimes.ContainsKey(o)))
            {
                var serviceTimes = f["counters"]!.Properties.First(p => p.Name == "serviceTimes").Value;
                Error(serviceTimes, ChildPath(ChildPath(f.PathOf("counters"), "serviceTimes"), missing),
                    $"counter operation \"{missing}\" is in the mix but has no service time");
            }
        }
    }

    private void CheckSection(FieldSet f, Dictionary<OperationChannel, List<string>> byChannel, OperationChannel channel, string section)
    {
        if (byChannel.TryGetValue(channel, out var names) && !f.Has(section))
        {
            Error(f.Node, f.PathOf(section), $"required because the mix has {channel.ToString().ToLowerInvariant()} operations ({string.Join(", ", names)})");
        }
    }
}
