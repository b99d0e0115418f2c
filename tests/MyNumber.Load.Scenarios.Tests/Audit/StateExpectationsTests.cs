using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Load.Scenarios.Audit;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Tests.Audit;

public sealed class StateExpectationsTests
{
    private static readonly DateTimeOffset At = new(2023, 2, 28, 9, 0, 0, TimeSpan.FromHours(9));

    private static OperationRecord Op(long sequence, long resident, string operation, string outcome = "ok") =>
        new(sequence, At, operation, FleetKeys.Resident(resident), resident, 0, outcome, outcome == "ok" ? null : outcome == "fault" ? "fault.TimeoutException" : "card.wrong-state");

    [Fact(DisplayName = "R-LOSS-1, R-LOSS-2: the last accepted suspend or resume fixes the status; a refused one after it changes nothing")]
    public void LastAcceptedOperationFixesTheStatus()
    {
        var (expectations, skipped) = StateExpectations.From([Op(1, 5, "resume"), Op(2, 5, "suspend"), Op(3, 5, "suspend", "refused"), Op(4, 6, "resume")]);

        Assert.Equal(0, skipped);
        Assert.Equal([CardStatus.Suspended], expectations.Single(e => e.ResidentIndex == 5).Allowed);
        Assert.Equal([CardStatus.Active], expectations.Single(e => e.ResidentIndex == 6).Allowed);
    }

    [Fact(DisplayName = "A later operation that faulted may or may not have been applied: either status is accepted")]
    public void FaultWidensTheExpectation()
    {
        var (expectations, _) = StateExpectations.From([Op(1, 5, "handover"), Op(2, 5, "suspend", "fault")]);

        var only = Assert.Single(expectations);
        Assert.Equal("handover", only.Operation);
        Assert.True(only.Allowed.SetEquals([CardStatus.Active, CardStatus.Suspended]));
    }

    [Fact(DisplayName = "A refused reissue may have stopped half-way: suspended, or the new card applied for or ready")]
    public void RefusedReissueMayStopHalfWay()
    {
        var (expectations, _) = StateExpectations.From([Op(1, 5, "resume"), Op(2, 5, "reissue", "refused")]);

        Assert.True(Assert.Single(expectations).Allowed.SetEquals([CardStatus.Active, CardStatus.Suspended, CardStatus.Applied, CardStatus.ReadyForPickup]));
    }

    [Fact(DisplayName = "Residents the log cannot tell are skipped: a move-out after the fixing operation, or operations that ran at once")]
    public void UnknowableResidentsAreSkipped()
    {
        var overlaps = new ResidentOverlaps();
        overlaps.Enter(7);
        overlaps.Enter(7);
        overlaps.Leave(7);
        overlaps.Leave(7);
        overlaps.Enter(8);
        overlaps.Leave(8);

        var (expectations, skipped) = StateExpectations.From(
            [Op(1, 5, "suspend"), Op(2, 5, "move-out"), Op(3, 7, "suspend"), Op(4, 8, "suspend"), Op(5, 9, "kiosk-issue")], overlaps);

        Assert.Equal(2, skipped);
        Assert.Equal(8, Assert.Single(expectations).ResidentIndex);
    }

    [Fact(DisplayName = "An operation still running when the log closed makes its resident unordered")]
    public void RunningAtCloseIsUnordered()
    {
        var overlaps = new ResidentOverlaps();
        overlaps.Enter(3);
        overlaps.Enter(4);
        overlaps.Leave(4);
        overlaps.Close();

        Assert.True(overlaps.IsUnordered(3));
        Assert.False(overlaps.IsUnordered(4));
        overlaps.Enter(4);
        Assert.True(overlaps.IsUnordered(4));
    }
}
