using System.Globalization;

namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>Who the residents are, and when and how fast they arrive.</summary>
internal sealed partial class ScenarioReader
{
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private PopulationSpec? ReadPopulation(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "population");
        if (f is null) return null;
        var size = f["size"] is { } sizeNode ? ReadScale(sizeNode, f.PathOf("size")) : null;
        var seed = Integer(f, "seed", 0);
        var ages = ReadAgeMix(f["ageMix"], f.PathOf("ageMix"));
        var foreign = ReadNationalityMix(f["nationalityMix"], f.PathOf("nationalityMix"));
        var holders = Share(f, "cardHolding");
        var faceAuth = f.Has("faceAuthCards") ? Share(f, "faceAuthCards") : 0;
        var smartphone = f.Has("smartphoneCertificates") ? Share(f, "smartphoneCertificates") : 0;
        var insurance = f.Has("insuranceRegistered") ? Share(f, "insuranceRegistered") : 0;
        var issueYears = ReadIssueYearMix(f["issueYearMix"], f.PathOf("issueYearMix"));
        if (size is null || seed is null || ages is null || foreign is null || holders is null
            || faceAuth is null || smartphone is null || insurance is null)
        {
            return null;
        }
        return new PopulationSpec(size, seed.Value, ages, foreign.Value, holders.Value, faceAuth.Value,
            smartphone.Value, insurance.Value, issueYears);
    }

    private ScaleSpec? ReadScale(PositionedNode node, string path)
    {
        if (node.Kind is JsonKind.String or JsonKind.Number)
        {
            if (ScaleSpec.TryParse(node.Text, out var scale, out var error)) return scale;
            Error(node, path, error);
            return null;
        }
        Error(node, path, $"expected \"bunkyo\", \"national\" or a number of residents, got {node.KindName}");
        return null;
    }

    private AgeMix? ReadAgeMix(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "ageMix");
        if (f is null) return null;
        var shares = ScenarioFormat.Sections["ageMix"].Required.Select(band => Share(f, band)).ToList();
        if (shares.Any(s => s is null)) return null;
        CheckSumsToOne(f.Node, path, shares.Select(s => s!.Value), "age shares");
        return new AgeMix(shares[0]!.Value, shares[1]!.Value, shares[2]!.Value, shares[3]!.Value);
    }

    /// <summary>Returns the foreign share.</summary>
    private double? ReadNationalityMix(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "nationalityMix");
        if (f is null) return null;
        var japanese = Share(f, "japanese");
        var foreign = Share(f, "foreign");
        if (japanese is null || foreign is null) return null;
        CheckSumsToOne(f.Node, path, [japanese.Value, foreign.Value], "nationality shares");
        return foreign;
    }

    private IReadOnlyDictionary<int, double>? ReadIssueYearMix(PositionedNode? node, string path)
    {
        if (node is null) return null;
        if (node.Kind != JsonKind.Object)
        {
            Error(node, path, $"expected an object of fiscal year → share, got {node.KindName}");
            return null;
        }
        var mix = new SortedDictionary<int, double>();
        foreach (var property in node.Properties)
        {
            var itemPath = ChildPath(path, property.Name);
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2015 || year > 2100)
            {
                Error(property.Line, property.Column, itemPath, $"\"{property.Name}\" is not a fiscal year from 2015 (the first cards were issued in 2016-01)");
                continue;
            }
            if (NumberValue(property.Value, itemPath, 0, 1) is { } share) mix[year] = share;
        }
        CheckSumsToOne(node, path, mix.Values, "issue-year shares");
        return mix;
    }

    private CalendarWindow? ReadCalendar(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "calendar");
        if (f is null) return null;
        var start = JapanTime(f, "start");
        var end = JapanTime(f, "end");
        if (start is null || end is null) return null;
        if (end <= start)
        {
            Error(f["end"]!, f.PathOf("end"), $"end {end:yyyy-MM-dd'T'HH:mm} is not after start {start:yyyy-MM-dd'T'HH:mm}");
            return null;
        }
        return new CalendarWindow(start.Value, end.Value);
    }

    private ClockSpec? ReadClock(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "clock");
        if (f is null) return null;
        var modeText = String(f, "mode");
        if (modeText is null) return null;
        if (!ScenarioFormat.ClockModes.TryGetValue(modeText, out var mode))
        {
            Error(f["mode"]!, f.PathOf("mode"), $"unknown clock mode \"{modeText}\"; use one of: {string.Join(", ", ScenarioFormat.ClockModes.Keys)}");
            return null;
        }
        var factor = mode == ClockMode.Accelerated ? Number(f, "factor", 1) : null;
        var step = mode == ClockMode.Stepped ? Duration(f, "step", allowZero: false) : null;
        var ok = true;
        foreach (var (field, needed) in new[] { ("factor", mode == ClockMode.Accelerated), ("step", mode == ClockMode.Stepped) })
        {
            if (needed && !f.Has(field))
            {
                Error(f.Node, f.PathOf(field), $"required when mode is \"{modeText}\"");
                ok = false;
            }
            else if (!needed && f.Has(field))
            {
                Error(f[field]!, f.PathOf(field), $"not allowed when mode is \"{modeText}\"");
                ok = false;
            }
        }
        if (!ok || (mode == ClockMode.Accelerated && factor is null) || (mode == ClockMode.Stepped && step is null)) return null;
        return new ClockSpec(mode, factor, step);
    }

    private ArrivalCurve? ReadArrivals(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "arrivals");
        if (f is null) return null;
        var hours = ReadWeights(f["hourOfDay"], f.PathOf("hourOfDay"));
        if (hours is not null && hours.Count != 24)
        {
            Error(f["hourOfDay"]!, f.PathOf("hourOfDay"), $"needs 24 weights, one per hour from 00:00, got {hours.Count}");
            hours = null;
        }
        var week = Fields(f["weekday"], f.PathOf("weekday"), "weekday");
        List<double>? days = null;
        if (week is not null)
        {
            var values = Weekdays.Select(d => Number(week, d, 0)).ToList();
            days = values.All(v => v is not null) ? values.Select(v => v!.Value).ToList() : null;
            if (days is not null && days.Sum() <= 0) Error(week.Node, week.Path, "weekday weights are all zero: nobody would arrive");
        }
        return hours is null || days is null ? null : new ArrivalCurve(hours, days);
    }

    private List<double>? ReadWeights(PositionedNode? node, string path)
    {
        if (node is null) return null;
        if (node.Kind != JsonKind.Array)
        {
            Error(node, path, $"expected an array of numbers, got {node.KindName}");
            return null;
        }
        var weights = new List<double>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            if (NumberValue(node.Items[i], $"{path}[{i}]", 0) is { } w) weights.Add(w);
        }
        if (weights.Count != node.Items.Count) return null;
        if (weights.Count > 0 && weights.Sum() <= 0) Error(node, path, "weights are all zero: nobody would arrive");
        return weights;
    }

    private List<OperationShare>? ReadOperations(PositionedNode? node, string path)
    {
        if (node is null) return null;
        if (node.Kind != JsonKind.Object)
        {
            Error(node, path, $"expected an object of operation → share, got {node.KindName}");
            return null;
        }
        var mix = new List<OperationShare>();
        var ok = true;
        foreach (var property in node.Properties)
        {
            var itemPath = ChildPath(path, property.Name);
            var share = NumberValue(property.Value, itemPath, 0, 1);
            if (!OperationCatalog.TryGet(property.Name, out _))
            {
                var names = OperationCatalog.All.Select(o => o.Name).ToList();
                var hint = Suggestions.DidYouMean(property.Name, names);
                Error(property.Line, property.Column, itemPath, $"unknown operation \"{property.Name}\""
                    + (hint.Length > 0 ? hint : "; known operations: " + string.Join(", ", names)));
                ok = false;
            }
            else if (mix.Any(m => m.Operation == property.Name))
            {
                Error(property.Line, property.Column, itemPath, $"operation \"{property.Name}\" appears more than once");
                ok = false;
            }
            else if (share is null) ok = false;
            else mix.Add(new OperationShare(property.Name, share.Value));
        }
        if (node.Properties.Count == 0) Error(node, path, "needs at least one operation");
        if (ok && mix.Count > 0) CheckSumsToOne(node, path, mix.Select(m => m.Share), "operation shares");
        return ok ? mix : null;
    }

    private BaseRate? ReadRate(PositionedNode? node, string path)
    {
        var f = Fields(node, path, "rate");
        if (f is null) return null;
        var reference = f["reference"] is { } r ? ReadScale(r, f.PathOf("reference")) : null;
        var given = new[] { "perDay", "perSecond", "derived" }.Where(f.Has).ToList();
        if (given.Count != 1)
        {
            Error(f.Node, path, given.Count == 0
                ? "give one of perDay, perSecond or derived"
                : $"give only one of perDay, perSecond or derived, not {string.Join(" and ", given)}");
            return null;
        }
        double? perDay = f.Has("perDay") ? Number(f, "perDay", 0)
            : f.Has("perSecond") ? Number(f, "perSecond", 0) * 86_400 : null;
        var derived = String(f, "derived");
        if (derived is not null && !BaseRate.DerivedKinds.Contains(derived))
        {
            Error(f["derived"]!, f.PathOf("derived"), $"unknown derived rate \"{derived}\"; known: {string.Join(", ", BaseRate.DerivedKinds)}");
            return null;
        }
        var expected = Number(f, "expectedPerDay", 0);
        if (f.Has("expectedPerDay") && derived is null)
        {
            Error(f["expectedPerDay"]!, f.PathOf("expectedPerDay"), "only meaningful with \"derived\"; a fixed rate is its own expectation");
            return null;
        }
        if (reference is null || (perDay is null && derived is null)) return null;
        return new BaseRate(perDay, derived, expected, reference);
    }

    private RateScheduleEntry? ReadScheduleEntry(PositionedNode node, string path, CalendarWindow? calendar)
    {
        var f = Fields(node, path, "scheduleEntry");
        if (f is null) return null;
        var from = JapanTime(f, "from");
        var multiplier = Number(f, "multiplier", 0);
        var note = String(f, "note");
        if (from is null || multiplier is null) return null;
        if (calendar is not null && (from < calendar.Start || from >= calendar.End))
        {
            Error(f["from"]!, f.PathOf("from"), "outside the calendar window");
            return null;
        }
        return new RateScheduleEntry(from.Value, multiplier.Value, note);
    }

    private void CheckScheduleOrder(FieldSet f, IReadOnlyList<RateScheduleEntry> schedule)
    {
        for (var i = 1; i < schedule.Count; i++)
        {
            if (schedule[i].From <= schedule[i - 1].From)
            {
                Error(f["schedule"]!, f.PathOf("schedule"), "entries must be in time order, each after the one before");
                return;
            }
        }
    }
}
