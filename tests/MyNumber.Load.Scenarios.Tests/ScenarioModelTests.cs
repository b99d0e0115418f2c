using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

/// <summary>The loaded numbers reproduce the figures the scenario files say they are calibrated on.</summary>
public sealed class ScenarioModelTests
{
    private static ScenarioDefinition Load(string name) => ScenarioLoader.Load(ScenarioFiles.PathOf(name));

    private static double PerDayAt(ScenarioDefinition s, ScaleSpec scale) => s.Rate.PerSecondAt(scale)!.Value * 86_400;

    [Fact]
    public void The_application_peak_scaled_to_Bunkyo_is_about_2300_applications_a_day()
    {
        var s = Load("application-peak-2023-02-28");
        var applications = PerDayAt(s, ScaleSpec.Bunkyo) * s.Operations.Where(o => o.Operation.StartsWith("apply")).Sum(o => o.Share);
        Assert.InRange(applications, 2_250, 2_350);
        Assert.InRange(PerDayAt(s, ScaleSpec.National) * 0.908, 1_185_000, 1_195_000);
        Assert.Equal(0.825, s.MultiplierAt(new DateTimeOffset(2023, 2, 27, 12, 0, 0, CalendarWindow.JapanOffset)));
        Assert.Equal(1.0, s.MultiplierAt(new DateTimeOffset(2023, 2, 28, 12, 0, 0, CalendarWindow.JapanOffset)));
    }

    [Fact]
    public void The_insurance_switch_week_runs_at_28_29_percent_after_18_52()
    {
        var s = Load("insurance-switch-2024-12-02");
        var before = s.MultiplierAt(new DateTimeOffset(2024, 11, 28, 10, 0, 0, CalendarWindow.JapanOffset));
        var after = s.MultiplierAt(new DateTimeOffset(2024, 12, 2, 10, 0, 0, CalendarWindow.JapanOffset));
        Assert.Equal(18.52 / 28.29, before / after, 3);
        Assert.InRange(PerDayAt(s, ScaleSpec.Bunkyo), 3_800, 4_050);
        Assert.NotNull(s.Facilities);
        Assert.True(s.Population.FaceAuthShare > 0);
    }

    [Fact]
    public void The_renewal_wave_takes_its_rate_from_the_population_in_stepped_time()
    {
        var s = Load("renewal-wave-fy2025");
        Assert.Equal(BaseRate.RenewalsDue, s.Rate.Derived);
        Assert.Null(s.Rate.PerSecondAt(ScaleSpec.Bunkyo));
        Assert.Equal(ClockMode.Stepped, s.Clock.Mode);
        Assert.Equal(TimeSpan.FromHours(1), s.Clock.Step);
        Assert.Contains("daily-counter-demand", s.Outputs);
        Assert.Equal(27.8e6 / 365, s.Rate.ExpectedPerDay!.Value, 0.002 * 27.8e6 / 365);
    }

    [Fact]
    public void The_kiosk_rush_holds_the_wrong_person_invariant_at_zero_and_aborts_on_a_breach()
    {
        var s = Load("kiosk-rush");
        var invariant = Assert.Single(s.Thresholds, t => t.Metric == "wrong-person-issuances");
        Assert.Equal((ThresholdComparison.EqualTo, 0.0, true), (invariant.Comparison, invariant.Value, invariant.AbortOnBreach));
        Assert.True(invariant.IsMetBy(0));
        Assert.False(invariant.IsMetBy(1));
        Assert.InRange(PerDayAt(s, ScaleSpec.National), 88_000, 89_500);
        Assert.Equal(TimeSpan.FromMinutes(2), s.Kiosks!.PrintTime);
    }

    [Fact]
    public void The_renewal_outage_stops_renewals_for_six_hours_from_10_00_on_2019_11_11()
    {
        var s = Load("renewal-outage-2019-11-11");
        var fault = Assert.Single(s.Faults);
        Assert.Equal(FaultKind.RenewalFunctionOutage, fault.Kind);
        Assert.Equal(new DateTimeOffset(2019, 11, 11, 10, 0, 0, CalendarWindow.JapanOffset), fault.At);
        Assert.Equal(TimeSpan.FromHours(6), fault.Duration);
    }

    [Fact]
    public void The_pin_reset_storm_caps_counters_and_slows_the_back_end()
    {
        var s = Load("pin-reset-storm-2020-05");
        Assert.Equal(140, s.Counters!.DailyCapacityPerMunicipality);
        var fault = Assert.Single(s.Faults);
        Assert.Equal(TimeSpan.FromSeconds(2), fault.Latency);
        Assert.Equal(TimeSpan.FromHours(104), fault.Duration);
    }

    [Theory]
    [InlineData("bunkyo", 240_069, 1)]
    [InlineData("national", 123_802_000, 1_741)]
    [InlineData("1000000", 1_000_000, 14)]
    [InlineData("10", 10, 1)]
    public void Scales_parse_from_the_command_line(string text, long residents, int municipalities)
    {
        Assert.True(ScaleSpec.TryParse(text, out var scale, out var error), error);
        Assert.Equal(residents, scale.Residents);
        Assert.Equal(municipalities, scale.Municipalities);
    }

    [Theory]
    [InlineData("tokyo")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e6")]
    [InlineData("")]
    public void Unknown_scales_are_refused(string text)
    {
        Assert.False(ScaleSpec.TryParse(text, out _, out var error));
        Assert.Contains("bunkyo, national or a positive whole number", error);
    }

    [Fact]
    public void Command_line_overrides_replace_scale_duration_and_seed_only()
    {
        var s = Load("application-peak-2023-02-28");
        var national = s.WithOverrides(ScaleSpec.National, TimeSpan.FromMinutes(5), 7);
        Assert.Equal((ScaleSpec.National, TimeSpan.FromMinutes(5), 7L), (national.Population.Size, national.Duration, national.Population.Seed));
        Assert.Equal(s.Population.Ages, national.Population.Ages);
        Assert.Equal(s, s.WithOverrides());
        Assert.Throws<ArgumentOutOfRangeException>(() => s.WithOverrides(duration: TimeSpan.Zero));
        Assert.InRange(PerDayAt(national, national.Population.Size), 1_309_000, 1_311_000);
    }

    [Fact]
    public void Arrival_weights_are_relative()
    {
        var curve = new ArrivalCurve(Enumerable.Repeat(2.0, 24).ToList(), [2, 1, 1, 1, 1, 1, 0]);
        Assert.Equal(1.0 / 24, curve.HourShare(5), 12);
        Assert.Equal(2.0 * 7 / 7, curve.WeekdayFactor(DayOfWeek.Monday), 12);
        Assert.Equal(0, curve.WeekdayFactor(DayOfWeek.Sunday));
    }
}
