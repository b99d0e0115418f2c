using System.Text.Json;

namespace MyNumber.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact(DisplayName = "calendar --json lists every day with holiday, business day and kiosk")]
    public void Json()
    {
        var run = Cli.Run("calendar", "2025", "--json");
        Assert.Equal(0, run.ExitCode);
        var days = run.Json().EnumerateArray().ToList();
        Assert.Equal(365, days.Count);
        Assert.All(days, d => Assert.Equal(["date", "holiday", "businessDay", "kioskOpen"], d.EnumerateObject().Select(p => p.Name)));
        var newYear = days[0];
        Assert.Equal("2025-01-01", newYear.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.String, newYear.GetProperty("holiday").ValueKind);
        Assert.False(newYear.GetProperty("businessDay").GetBoolean());
        Assert.False(newYear.GetProperty("kioskOpen").GetBoolean());
        var saturday = days[3];
        Assert.Equal("2025-01-04", saturday.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, saturday.GetProperty("holiday").ValueKind);
        Assert.False(saturday.GetProperty("businessDay").GetBoolean());
        Assert.True(saturday.GetProperty("kioskOpen").GetBoolean());
        Assert.True(days[5].GetProperty("businessDay").GetBoolean());
        Assert.Equal(366, Cli.Run("calendar", "2024", "--json").Json().GetArrayLength());
    }

    [Fact(DisplayName = "calendar text has one line per day plus a header")]
    public void Text()
    {
        var run = Cli.Run("calendar", "2025");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(366, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("2025-12-29", run.Output);
    }

    [Theory(DisplayName = "calendar: a year outside the calendar or not a number exits 2 with one line")]
    [InlineData("1990", "year: 1990 is outside")]
    [InlineData("twenty", "year: 'twenty' is not a year")]
    public void BadYear(string year, string expected)
    {
        var run = Cli.Run("calendar", year);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
    }
}
