namespace MyNumber.Load.Reports;

/// <summary>Writes a run report in every format into one directory.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes report.json, report.md, report.html, summary.csv, intervals.csv, annotations.csv and
    /// thresholds.junit.xml
    /// into <paramref name="directory"/> (created if missing); returns their paths.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(RunReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var files = new (string Name, Func<RunReport, string> Render)[]
        {
            ("report.json", JsonReportFormat.Render),
            ("report.md", MarkdownReportFormat.Render),
            ("report.html", HtmlReportFormat.Render),
            ("summary.csv", CsvReportFormat.Summary),
            ("intervals.csv", CsvReportFormat.Intervals),
            ("thresholds.junit.xml", JUnitReportFormat.Render),
        };
        if (report.Annotations.Count > 0) files = [.. files, ("annotations.csv", CsvReportFormat.Annotations)];
        var paths = new List<string>(files.Length);
        foreach (var (name, render) in files)
        {
            string path = Path.Combine(directory, name);
            File.WriteAllText(path, render(report));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The Markdown summary alone (for a CI job summary).</summary>
    public static string ToMarkdown(RunReport report) => MarkdownReportFormat.Render(report);
}
