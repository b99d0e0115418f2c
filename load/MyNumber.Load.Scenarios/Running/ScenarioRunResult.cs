using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>A finished run: the engine's report, the verdict, where the files are, and the counters.</summary>
public sealed record ScenarioRunResult(
    RunReport Report,
    ScenarioVerdict Verdict,
    ArrivalPlan Plan,
    RunCounters Counters,
    string ReportDirectory,
    string HtmlReportPath,
    string OperationLogPath,
    double WallSeconds);
