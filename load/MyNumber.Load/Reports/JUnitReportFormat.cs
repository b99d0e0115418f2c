using System.Globalization;
using System.Xml.Linq;

namespace MyNumber.Load.Reports;

/// <summary>
/// Thresholds as JUnit XML, so a CI server shows them as tests. An invalid run adds a failing
/// "generator kept up" case: its thresholds were checked on numbers that are not the system's.
/// </summary>
internal static class JUnitReportFormat
{
    public static string Render(RunReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var cases = r.Thresholds.Select(t =>
        {
            var element = new XElement("testcase", new XAttribute("classname", "load.thresholds." + t.Threshold.Scenario), new XAttribute("name", t.Description));
            if (!t.Passed)
            {
                string actual = t.Actual is { } a ? a.ToString("0.###", c) : "n/a";
                string message = t.Problem ?? $"actual {actual}" + (t.AbortedRun ? "; aborted the run" : "");
                element.Add(new XElement("failure", new XAttribute("message", message), $"{t.Description}: actual {actual}"));
            }
            return element;
        }).ToList();
        var generator = new XElement("testcase", new XAttribute("classname", "load.generator"), new XAttribute("name", "generator kept up with its schedule"));
        if (!r.Generator.IsValid)
            generator.Add(new XElement("failure", new XAttribute("message", "INVALID RUN"), string.Join(Environment.NewLine, r.Generator.InvalidReasons)));
        cases.Add(generator);
        int failures = cases.Count(x => x.Element("failure") is not null);
        var suite = new XElement("testsuite",
            new XAttribute("name", "load thresholds"), new XAttribute("tests", cases.Count), new XAttribute("failures", failures),
            new XAttribute("errors", 0), new XAttribute("time", r.DurationSeconds.ToString("0.###", c)),
            new XAttribute("timestamp", r.StartedAtUtc.ToString("s", c)), cases);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return document.Declaration + Environment.NewLine + document;
    }
}
