using System.Text.Json;

namespace MyNumber.Cli.Tests;

public sealed class DatesCommandTests
{
    [Fact(DisplayName = "R-VAL-1: dates --json prints exactly the six fields as ISO dates")]
    public void Json()
    {
        var run = Cli.Run("dates", "--birth", "1990-05-30", "--issued", "2016-03-01", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var json = run.Json();
        Assert.Equal(
            ["cardExpires", "signingCertificateExpires", "userCertificateExpires", "cardRenewalOpens", "certificateRenewalOpens", "noticeDate"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-05-30", json.GetProperty("cardExpires").GetString());
        Assert.Equal("2020-05-30", json.GetProperty("signingCertificateExpires").GetString());
        Assert.Equal("2020-05-30", json.GetProperty("userCertificateExpires").GetString());
        Assert.Equal("2025-03-01", json.GetProperty("cardRenewalOpens").GetString());
        Assert.Equal("2020-03-01", json.GetProperty("certificateRenewalOpens").GetString());
        Assert.Equal("2020-02-29", json.GetProperty("noticeDate").GetString());
    }

    [Fact(DisplayName = "R-VAL-4: dates --json has a null signing certificate under 15")]
    public void UnderFifteen()
    {
        var json = Cli.Run("dates", "--birth", "2015-04-01", "--issued", "2024-06-01", "--json").Json();
        Assert.Equal(JsonValueKind.Null, json.GetProperty("signingCertificateExpires").ValueKind);
        Assert.Equal("2029-04-01", json.GetProperty("cardExpires").GetString());
    }

    [Fact(DisplayName = "R-VAL-8: dates --json has a null notice and the stay end for a fixed period of stay")]
    public void ForeignResident()
    {
        var json = Cli.Run("dates", "--birth", "1990-05-30", "--issued", "2024-03-01", "--foreign", "--stay-until", "2027-01-31", "--json").Json();
        Assert.Equal(JsonValueKind.Null, json.GetProperty("noticeDate").ValueKind);
        Assert.Equal("2027-01-31", json.GetProperty("cardExpires").GetString());
        Assert.Equal("2026-11-01", json.GetProperty("cardRenewalOpens").GetString());
    }

    [Fact(DisplayName = "R-VAL-7: dates text names each expiry and when its renewal opens")]
    public void Text()
    {
        var run = Cli.Run("dates", "--birth", "2015-04-01", "--issued", "2024-06-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Card expires                 2029-04-01  (renewal from 2029-01-02)", run.Output);
        Assert.Contains("Signing certificate expires  none", run.Output);
        Assert.Contains("Renewal notice               2029-01-01", run.Output);
    }

    [Theory(DisplayName = "dates: bad input exits 2 with one line naming the argument")]
    [InlineData("--birth 1990-02-30 --issued 2016-03-01", "--birth: 1990-02-30 is not a real calendar date")]
    [InlineData("--birth 19900530 --issued 2016-03-01", "--birth: '19900530' is not a date in YYYY-MM-DD form")]
    [InlineData("--birth 1990-05-30 --issued 2016-13-01", "--issued: 2016-13-01 is not a real calendar date")]
    [InlineData("--birth 1990-05-30 --issued 1989-03-01", "--issued: 1989-03-01 is before --birth 1990-05-30")]
    [InlineData("--birth 1990-05-30 --issued 2016-03-01 --colour", "'--colour'")]
    [InlineData("--issued 2016-03-01", "'--birth' is required")]
    [InlineData("--birth 1990-05-30 --issued 2016-03-01 --stay-until 2027-01-31", "--stay-until: only applies with --foreign")]
    [InlineData("--birth 1990-05-30 --issued 2016-03-01 --foreign --stay-until 2015-01-31", "--stay-until: 2015-01-31 is before --issued 2016-03-01")]
    public void BadInput(string args, string expected)
    {
        var run = Cli.Run(["dates", .. args.Split(' ')]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("mynumber: ", line);
        Assert.Contains(expected, line);
    }

    [Fact(DisplayName = "dates --help prints usage and exits 0")]
    public void Help()
    {
        var run = Cli.Run("dates", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--stay-until", run.Output);
    }
}
