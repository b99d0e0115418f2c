using MyNumber.Load.Thresholds;

namespace MyNumber.Load.Engine;

/// <summary>Every reason a run cannot start, found before any load is applied, in one message.</summary>
internal static class ConfigurationValidator
{
    public static void Validate(IReadOnlyList<Scenario> scenarios, IReadOnlyList<Threshold> thresholds, TimeSpan reportingInterval)
    {
        var problems = new List<string>();
        if (scenarios.Count == 0) problems.Add("no scenarios to run");
        if (reportingInterval < TimeSpan.FromMilliseconds(10)) problems.Add($"reporting interval must be at least 10 ms, not {reportingInterval}");
        foreach (var duplicate in scenarios.GroupBy(s => s.Name).Where(g => g.Count() > 1))
            problems.Add($"scenario name '{duplicate.Key}' is used {duplicate.Count()} times");
        foreach (var s in scenarios)
        {
            if (string.IsNullOrWhiteSpace(s.Name)) problems.Add("a scenario has an empty name");
            if (s.Simulations.Count == 0) problems.Add($"scenario '{s.Name}': no load simulations");
            if (s.WarmUp < TimeSpan.Zero) problems.Add($"scenario '{s.Name}': warm-up must not be negative");
            if (s.Concurrency.MaxInFlight < 1) problems.Add($"scenario '{s.Name}': the concurrency cap must be at least 1");
            if (s.Concurrency.QueueBound < 0) problems.Add($"scenario '{s.Name}': the queue bound must not be negative");
            for (int i = 0; i < s.Simulations.Count; i++)
                if (s.Simulations[i].Problem() is { } problem) problems.Add($"scenario '{s.Name}', simulation {i + 1}: {problem}");
        }
        foreach (var t in thresholds)
        {
            if (scenarios.All(s => s.Name != t.Scenario)) problems.Add($"threshold '{t}': no scenario named '{t.Scenario}'");
            if (!double.IsFinite(t.Limit)) problems.Add($"threshold '{t}': the limit must be a finite number");
            if (t.IsLatency && t.Percentile is < 0 or > 100) problems.Add($"threshold '{t}': percentile must be within 0..100");
            bool scenarioOnly = t.Metric is ThresholdMetric.DroppedCount or ThresholdMetric.DroppedPercent or ThresholdMetric.SchedulingLag;
            if (scenarioOnly && t.Step is not null) problems.Add($"threshold '{t}': {t.Metric} is measured per scenario, not per step");
        }
        if (problems.Count > 0) throw new LoadConfigurationException("The load run cannot start:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems));
    }
}
