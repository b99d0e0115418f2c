using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

public sealed class ShippedScenarioTests
{
    [Theory]
    [MemberData(nameof(ScenarioFiles.Names), MemberType = typeof(ScenarioFiles))]
    public void Every_shipped_scenario_file_validates(string name)
    {
        var result = ScenarioLoader.LoadFile(ScenarioFiles.PathOf(name));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(name, result.Scenario!.Name);
        Assert.NotEmpty(result.Scenario.Calibration);
        Assert.NotEmpty(result.Scenario.Notes);
        Assert.NotEmpty(result.Scenario.Thresholds);
    }

    [Fact]
    public void A_scenario_is_found_by_its_name_or_its_path()
    {
        var expected = Path.GetFullPath(ScenarioFiles.PathOf("kiosk-rush"));
        Assert.Equal(expected, ScenarioLoader.Resolve("kiosk-rush", ScenarioFiles.Directory));
        Assert.Equal(expected, ScenarioLoader.Resolve("kiosk-rush.json", ScenarioFiles.Directory));
        Assert.Equal(expected, ScenarioLoader.Resolve(expected, "/nonexistent"));
        Assert.Null(ScenarioLoader.Resolve("no-such-scenario", ScenarioFiles.Directory));
    }

    [Theory]
    [InlineData("application-peak-2023-02-28")]
    [InlineData("insurance-switch-2024-12-02")]
    [InlineData("renewal-wave-fy2025")]
    [InlineData("pin-reset-storm-2020-05")]
    [InlineData("kiosk-rush")]
    [InlineData("renewal-outage-2019-11-11")]
    public void The_scenarios_the_issue_asks_for_are_shipped(string name) =>
        Assert.True(File.Exists(ScenarioFiles.PathOf(name)), $"{name}.json is missing from load/scenarios");
}
