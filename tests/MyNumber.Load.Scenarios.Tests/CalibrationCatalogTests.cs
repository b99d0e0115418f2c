using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

public sealed class CalibrationCatalogTests
{
    /// <summary>The shared notes live beside the repository (../shared); a checkout without them has nothing to compare.</summary>
    private static string? FindCalibrationFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "calibration.md");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    [Fact]
    public void Every_catalogued_row_is_still_a_row_of_calibration_md()
    {
        var path = FindCalibrationFile();
        if (path is null) return;
        var lines = File.ReadAllLines(path).Select(l => l.Replace("**", "", StringComparison.Ordinal)).ToList();

        var missing = CalibrationCatalog.Rows
            .Where(row => !lines.Any(l => l.Contains(row.Title, StringComparison.Ordinal) && l.Contains(row.Date, StringComparison.Ordinal)))
            .ToList();

        Assert.True(missing.Count == 0, "rows no longer in calibration.md: " + string.Join("; ", missing));
    }

    [Fact]
    public void Titles_can_be_given_without_their_parenthesised_remark()
    {
        var row = Assert.Single(CalibrationCatalog.Match("2019-11-11", null, null));
        Assert.Equal("4", row.Section);
        Assert.StartsWith("2019-11-11 (the first e-certificate renewal wave", row.Title);
    }

    [Fact]
    public void A_section_picks_between_rows_with_the_same_short_title()
    {
        Assert.Equal(2, CalibrationCatalog.Match("Foreign residents", null, null).Count);
        Assert.Equal("7", Assert.Single(CalibrationCatalog.Match("Foreign residents", null, "7")).Section);
    }

    [Fact]
    public void Every_shipped_scenario_cites_rows_that_set_its_base_figures()
    {
        foreach (var path in ScenarioFiles.All)
        {
            var scenario = ScenarioLoader.Load(path);
            Assert.All(scenario.Calibration, c => Assert.False(string.IsNullOrWhiteSpace(c.Figure)));
            Assert.Contains(scenario.Calibration, c => c.Use.Contains("rate", StringComparison.Ordinal)
                || c.Use.Contains("shape", StringComparison.Ordinal));
        }
    }
}
