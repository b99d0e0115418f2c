using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

public sealed class ScenarioDurationTests
{
    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("250ms", 250)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1d2h3m4s5ms", 93_784_005)]
    [InlineData("0s", 0)]
    public void Parses_whole_numbers_with_units(string text, long milliseconds)
    {
        Assert.True(ScenarioDuration.TryParse(text, out var duration, out var error), error);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("5x", "unknown unit \"x\"")]
    [InlineData("5", "number without a unit")]
    [InlineData("", "empty duration")]
    [InlineData("  ", "empty duration")]
    [InlineData("m5", "expected a whole number at character 1")]
    [InlineData("-5s", "expected a whole number at character 1")]
    [InlineData("1.5h", "fractions are not allowed")]
    [InlineData("30m1h", "largest to smallest")]
    [InlineData("5s5s", "largest to smallest")]
    [InlineData("5 s", "number without a unit")]
    [InlineData("5S", "number without a unit")]
    [InlineData("99999999999999999999d", "too large")]
    public void Refuses_bad_durations_with_a_clear_reason(string text, string reason)
    {
        Assert.False(ScenarioDuration.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_text()
    {
        var ex = Assert.Throws<FormatException>(() => ScenarioDuration.Parse("5x"));
        Assert.Contains("\"5x\"", ex.Message);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(250, "250ms")]
    [InlineData(5_400_000, "1h30m")]
    [InlineData(86_400_000, "1d")]
    public void Formats_to_text_that_parses_back(long milliseconds, string expected)
    {
        var text = ScenarioDuration.Format(TimeSpan.FromMilliseconds(milliseconds));
        Assert.Equal(expected, text);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ScenarioDuration.Parse(text));
    }
}
