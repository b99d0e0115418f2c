using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Load.Scenarios.Tests.Running;

public sealed class ArrivalPlanTests
{
    [Fact(DisplayName = "A 60-second Bunkyo run of the application peak offers the two calibrated days scaled to Bunkyo")]
    public void ApplicationPeakAtBunkyo()
    {
        var scenario = TestScenarios.Load("application-peak-2023-02-28");
        var plan = ArrivalPlan.Build(scenario, ScaleSpec.Bunkyo, TimeSpan.FromSeconds(60), 1);
        // 1.31 M arrivals/day nationally × Bunkyo's share × (0.825 on 02-27 + 1.0 on 02-28).
        double expected = 1_310_000 * ScaleSpec.Bunkyo.RelativeTo(ScaleSpec.National) * 1.825;
        Assert.Equal(Math.Round(expected), plan.TotalArrivals);
        Assert.Equal(48, plan.Slices.Count);
        Assert.Equal(TimeSpan.FromSeconds(60), plan.WallLength);
        Assert.Equal(scenario.Calendar.End, plan.SimulatedEnd);
    }

    [Fact(DisplayName = "Arrivals follow the hour-of-day curve and the operation mix, the same for the same seed")]
    public void CurveMixAndDeterminism()
    {
        var scenario = TestScenarios.Load("application-peak-2023-02-28");
        var plan = ArrivalPlan.Build(scenario, ScaleSpec.National, TimeSpan.FromSeconds(60), 42);
        var again = ArrivalPlan.Build(scenario, ScaleSpec.National, TimeSpan.FromSeconds(60), 42);
        // Hour 10 (weight 5.5) gets 27.5 times hour 3 (weight 0.2) on the same day.
        Assert.InRange(plan.Slices[10].Count / (double)plan.Slices[3].Count, 27, 28);
        // Evenly over the plan: the sample spans both days, counter hours and closed hours alike.
        long stride = plan.TotalArrivals / 20_000;
        var arrivals = Enumerable.Range(0, 20_000).Select(i => plan.Arrival(i * stride)).ToList();
        Assert.Equal(arrivals, Enumerable.Range(0, 20_000).Select(i => again.Arrival(i * stride)));
        double handovers = arrivals.Count(a => a.Operation == "handover") / (double)arrivals.Count;
        Assert.InRange(handovers, 0.092 - 0.01, 0.092 + 0.01);
        Assert.True(arrivals.Zip(arrivals.Skip(1)).All(p => p.First.IntendedAt <= p.Second.IntendedAt));
    }

    [Fact(DisplayName = "Residents come to the counters only while they are open; online applications fill the closed hours")]
    public void CounterOperationsInOpeningHours()
    {
        var scenario = TestScenarios.Load("application-peak-2023-02-28");
        var plan = ArrivalPlan.Build(scenario, ScaleSpec.National, TimeSpan.FromSeconds(60), 42);
        var arrivals = Enumerable.Range(0, (int)(plan.TotalArrivals / 13)).Select(i => plan.Arrival(i * 13L)).ToList();
        static int Hour(PlannedArrival a) => a.IntendedAt.ToOffset(CalendarWindow.JapanOffset).Hour;
        bool Counter(PlannedArrival a) => a.Operation is "apply" or "handover";
        Assert.DoesNotContain(arrivals, a => Counter(a) && (Hour(a) < 8 || Hour(a) > 17));
        Assert.Contains(arrivals, a => !Counter(a) && Hour(a) == 3);
        // Over the two days the file's mix holds: 36.3 % counter applications, 54.5 % online ones.
        Assert.InRange(arrivals.Count(a => a.Operation == "apply") / (double)arrivals.Count, 0.353, 0.373);
        Assert.InRange(arrivals.Count(a => a.Operation == "apply-online") / (double)arrivals.Count, 0.535, 0.555);
    }

    [Fact(DisplayName = "Stepped scenarios cover the whole calendar in hour steps with a closed-model load")]
    public void SteppedCoversTheWindow()
    {
        var scenario = TestScenarios.Load("renewal-wave-fy2025");
        var plan = ArrivalPlan.Build(scenario, ScaleSpec.Bunkyo, TimeSpan.FromSeconds(5), 1);
        Assert.True(plan.Stepped);
        Assert.Equal(scenario.Calendar.End, plan.SimulatedEnd);
        Assert.Equal(365 * 24, plan.Slices.Count);
        Assert.Single(plan.Simulations(8));
    }
}
