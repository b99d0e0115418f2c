using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

/// <summary>Each broken file must produce the named error at the right line and column, and all errors at once.</summary>
public sealed class MalformedScenarioTests
{
    private static IReadOnlyList<ScenarioError> ErrorsOf(string json)
    {
        var result = ScenarioLoader.Parse(json, "broken.json");
        Assert.False(result.IsValid);
        Assert.Null(result.Scenario);
        return result.Errors;
    }

    private static ScenarioError Single(string json)
    {
        var errors = ErrorsOf(json);
        return Assert.Single(errors);
    }

    [Fact]
    public void The_minimal_scenario_is_valid()
    {
        var result = ScenarioLoader.Parse(MinimalScenario.Json, "minimal.json");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.Scenario!.Operations.Count);
        Assert.Equal(50, result.Scenario.Thresholds[0].Value);
    }

    [Fact]
    public void Trailing_garbage_after_the_object_is_reported_where_it_starts()
    {
        var error = Single("{\n  \"name\": \"x\"\n}\nxyz\n");
        Assert.Equal(4, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("invalid JSON", error.Message);
        Assert.Equal("broken.json:4:1: $: " + error.Message, error.ToString());
    }

    [Fact]
    public void A_trailing_comma_is_a_syntax_error_on_its_line()
    {
        var json = MinimalScenario.With("\"duration\": \"60s\"", "\"duration\": \"60s\",");
        var error = Single(json);
        Assert.Contains("invalid JSON", error.Message);
        Assert.Equal(MinimalScenario.LineOf(json, "\"duration\"") + 1, error.Line);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var error = Single("");
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_wrong_type_names_the_line_column_path_and_both_types()
    {
        var json = MinimalScenario.With("\"seed\": 1", "\"seed\": \"one\"");
        var error = Single(json);
        Assert.Equal(MinimalScenario.LineOf(json, "\"seed\""), error.Line);
        Assert.Equal(13, error.Column);
        Assert.Equal("$.population.seed", error.Path);
        Assert.Equal("expected a whole number, got a string", error.Message);
    }

    [Fact]
    public void A_wrong_type_in_a_hand_written_file_is_on_line_three()
    {
        const string json = "{\n  \"name\": \"x\",\n  \"warmUp\": 5\n}";
        var errors = ErrorsOf(json);
        var error = Assert.Single(errors, e => e.Path == "$.warmUp");
        Assert.Equal((3, 13), (error.Line, error.Column));
        Assert.Contains("expected a duration string", error.Message);
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_fields_allowed_there()
    {
        var json = MinimalScenario.With("\"cardHolding\": 0.7", "\"cardHolding\": 0.7,\n    \"cardHoldings\": 0.7");
        var error = Single(json);
        Assert.Equal(MinimalScenario.LineOf(json, "\"cardHoldings\""), error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("$.population.cardHoldings", error.Path);
        Assert.Equal("unknown field \"cardHoldings\"; did you mean \"cardHolding\"?", error.Message);
    }

    [Fact]
    public void An_unknown_field_far_from_any_known_one_lists_the_fields_allowed_there()
    {
        var json = MinimalScenario.With("\"cardHolding\": 0.7", "\"cardHolding\": 0.7,\n    \"zzz\": 1");
        var error = Single(json);
        Assert.StartsWith("unknown field \"zzz\"; allowed here: size, seed, ageMix,", error.Message);
    }

    [Fact]
    public void A_misspelt_operation_gets_a_suggestion()
    {
        var json = MinimalScenario.With("\"handover\": 0.4", "\"handovr\": 0.4");
        Assert.Contains(ErrorsOf(json), e => e.Message == "unknown operation \"handovr\"; did you mean \"handover\"?");
    }

    [Fact]
    public void A_partial_calibration_title_suggests_the_rows_it_is_part_of()
    {
        var json = MinimalScenario.With("Peak daily applications", "Bunkyo");
        var error = Single(json);
        Assert.Equal("unknown calibration row \"Bunkyo\": no row of calibration.md has this title; "
            + "did you mean \"Bunkyo ward\" or \"Bunkyo foreign residents\" or \"Bunkyo medical density\"?", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_its_object()
    {
        var json = MinimalScenario.With("\"seed\": 1,", "");
        var error = Single(json);
        Assert.Equal("$.population.seed", error.Path);
        Assert.Equal("required field is missing", error.Message);
        Assert.Equal(MinimalScenario.LineOf(json, "\"population\""), error.Line);
    }

    [Fact]
    public void Shares_that_do_not_sum_to_one_are_refused()
    {
        var json = MinimalScenario.With("\"handover\": 0.4", "\"handover\": 0.3");
        var error = Single(json);
        Assert.Equal("$.operations", error.Path);
        Assert.Equal(MinimalScenario.LineOf(json, "\"operations\""), error.Line);
        Assert.Equal("operation shares sum to 0.9, not 1 (± 0.001)", error.Message);
    }

    [Fact]
    public void Shares_within_the_tolerance_are_accepted()
    {
        var json = MinimalScenario.With("\"handover\": 0.4", "\"handover\": 0.4009");
        Assert.True(ScenarioLoader.Parse(json, "x.json").IsValid);
    }

    [Fact]
    public void A_bad_duration_is_refused_with_the_units_it_takes()
    {
        var json = MinimalScenario.With("\"duration\": \"60s\"", "\"duration\": \"5x\"");
        var error = Single(json);
        Assert.Equal("$.duration", error.Path);
        Assert.Equal(MinimalScenario.LineOf(json, "\"duration\""), error.Line);
        Assert.Equal(15, error.Column);
        Assert.Equal("bad duration \"5x\": unknown unit \"x\"; units are ms, s, m, h, d", error.Message);
    }

    [Fact]
    public void An_unknown_calibration_row_is_refused()
    {
        var json = MinimalScenario.With("Peak daily applications", "Peak hourly applications");
        var error = Single(json);
        Assert.Equal("$.calibration[0].row", error.Path);
        Assert.Equal(MinimalScenario.LineOf(json, "Peak hourly"), error.Line);
        Assert.StartsWith("unknown calibration row \"Peak hourly applications\"", error.Message);
    }

    [Fact]
    public void An_ambiguous_calibration_row_asks_for_its_date()
    {
        var json = MinimalScenario.With("Peak daily applications", "Cards held");
        var error = Single(json);
        Assert.Contains("is ambiguous", error.Message);
        Assert.Contains("end Sep 2025", error.Message);
    }

    [Fact]
    public void A_date_picks_one_of_several_calibration_rows_with_the_same_title()
    {
        var json = MinimalScenario.With("\"row\": \"Peak daily applications\"", "\"row\": \"Cards held\", \"date\": \"end Oct 2024\"");
        var result = ScenarioLoader.Parse(json, "x.json");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal("end Oct 2024", result.Scenario!.Calibration[0].Row.Date);
    }

    [Fact]
    public void An_unknown_operation_is_refused()
    {
        var json = MinimalScenario.With("\"apply-online\": 0.6", "\"apply-by-fax\": 0.6");
        var error = Single(json);
        Assert.Equal("$.operations[\"apply-by-fax\"]", error.Path);
        Assert.StartsWith("unknown operation \"apply-by-fax\"", error.Message);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var json = MinimalScenario.With("\"end\": \"2023-03-01\"", "\"end\": \"2023-02-27\"");
        var error = Single(json);
        Assert.Equal("$.calendar.end", error.Path);
        Assert.Equal("end 2023-02-27T00:00 is not after start 2023-02-28T00:00", error.Message);
    }

    [Fact]
    public void An_unknown_clock_mode_lists_the_modes()
    {
        var json = MinimalScenario.With("\"mode\": \"accelerated\", \"factor\": 1440", "\"mode\": \"warp\"");
        var error = Single(json);
        Assert.Equal("$.clock.mode", error.Path);
        Assert.Equal("unknown clock mode \"warp\"; use one of: real, accelerated, stepped", error.Message);
    }

    [Fact]
    public void A_stepped_clock_needs_a_step_and_refuses_a_factor()
    {
        var json = MinimalScenario.With("\"mode\": \"accelerated\"", "\"mode\": \"stepped\"");
        var errors = ErrorsOf(json);
        Assert.Contains(errors, e => e.Path == "$.clock.step" && e.Message == "required when mode is \"stepped\"");
        Assert.Contains(errors, e => e.Path == "$.clock.factor" && e.Message == "not allowed when mode is \"stepped\"");
    }

    [Fact]
    public void A_negative_rate_is_out_of_range()
    {
        var json = MinimalScenario.With("\"perDay\": 1310000", "\"perDay\": -5");
        var error = Single(json);
        Assert.Equal("$.rate.perDay", error.Path);
        Assert.Equal("-5 is out of range: must be at least 0", error.Message);
    }

    [Fact]
    public void A_counter_operation_without_a_service_time_is_refused()
    {
        var json = MinimalScenario.With("\"apply-online\": 0.6", "\"apply\": 0.6");
        var error = Single(json);
        Assert.Equal("$.counters.serviceTimes.apply", error.Path);
        Assert.Contains("has no service time", error.Message);
    }

    [Fact]
    public void A_threshold_on_an_operation_outside_the_mix_is_refused()
    {
        var json = MinimalScenario.With("\"metric\": \"latency-p99\",", "\"metric\": \"latency-p99\", \"step\": \"kiosk-issue\",");
        var error = Single(json);
        Assert.Equal("$.thresholds[0].step", error.Path);
    }

    [Fact]
    public void A_latency_threshold_needs_a_duration()
    {
        var json = MinimalScenario.With("\"value\": \"50ms\"", "\"value\": 50");
        var error = Single(json);
        Assert.Equal("$.thresholds[0].value", error.Path);
        Assert.Contains("expected a duration string", error.Message);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        var json = MinimalScenario
            .With("\"seed\": 1", "\"seed\": -1")
            .Replace("\"handover\": 0.4", "\"handover\": 0.1")
            .Replace("\"warmUp\": \"5s\"", "\"warmUp\": \"5x\"")
            .Replace("\"mode\": \"accelerated\", \"factor\": 1440", "\"mode\": \"warp\"")
            .Replace("\"description\"", "\"descripton\"");
        var errors = ErrorsOf(json);
        var paths = errors.Select(e => e.Path).ToHashSet();
        Assert.Superset(new HashSet<string> { "$.population.seed", "$.operations", "$.warmUp", "$.clock.mode", "$.descripton", "$.description" }, paths);
        Assert.Equal(errors.Select(e => e.Line).Order(), errors.Select(e => e.Line));
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_refused()
    {
        var json = MinimalScenario.With("\"perDay\": 1310000", "\"perDay\": 1e999");
        var error = Single(json);
        Assert.Equal("$.rate.perDay", error.Path);
        Assert.Contains("too large", error.Message);
    }

    [Fact]
    public void A_duplicated_field_is_refused_at_its_second_occurrence()
    {
        var json = MinimalScenario.With("\"seed\": 1,", "\"seed\": 1,\n    \"seed\": 2,");
        var error = Single(json);
        Assert.Equal("$.population.seed", error.Path);
        Assert.Equal(MinimalScenario.LineOf(json, "\"seed\": 2"), error.Line);
        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void A_fault_outside_the_calendar_window_is_refused()
    {
        var json = MinimalScenario.With("\"thresholds\": [",
            "\"faults\": [ { \"kind\": \"silo-kill\", \"at\": \"2023-03-02T10:00\", \"duration\": \"1m\" } ],\n  \"thresholds\": [");
        var error = Single(json);
        Assert.Equal("$.faults[0].at", error.Path);
        Assert.Contains("outside the calendar window", error.Message);
    }

    [Fact]
    public void A_latency_fault_needs_its_latency()
    {
        var json = MinimalScenario.With("\"thresholds\": [",
            "\"faults\": [ { \"kind\": \"storage-latency\", \"at\": \"2023-02-28T10:00\", \"duration\": \"1m\" } ],\n  \"thresholds\": [");
        var error = Single(json);
        Assert.Equal("$.faults[0].latency", error.Path);
        Assert.Equal("required for a storage-latency fault", error.Message);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var json = MinimalScenario.With("\"description\": \"smallest valid scenario\",", "\"description\": \"申請\", \"x\": 1,");
        var error = Single(json);
        Assert.Equal("$.x", error.Path);
        Assert.Equal(24, error.Column);
    }

    [Fact]
    public void A_file_whose_name_field_differs_from_its_file_name_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"other-name-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, MinimalScenario.Json);
        try
        {
            var result = ScenarioLoader.LoadFile(path);
            var error = Assert.Single(result.Errors);
            Assert.Equal("$.name", error.Path);
            var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(path));
            Assert.Contains("does not match the file name", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
