using MyNumber.Cli.Verification;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Silo.Verification;

namespace MyNumber.Cli.Tests;

/// <summary>verify-log on a scenario run's operation log: what becomes an expectation and what is left unchecked.</summary>
public sealed class OperationLogExpectationsTests
{
    private static readonly DateTimeOffset Day = new(2024, 12, 2, 9, 0, 0, TimeSpan.FromHours(9));

    private static OperationRecord Op(long seq, string operation, long resident, string outcome) =>
        new(seq, Day.AddMinutes(seq), operation, $"resident:{resident}", resident, 0, outcome,
            outcome == "ok" ? null : outcome == "fault" ? "fault.TimeoutException" : "card.not-active");

    [Fact(DisplayName = "R-LOSS-1: an accepted suspension the store no longer shows is reported as lost")]
    public void LostSuspension()
    {
        var records = new[] { Op(1, "suspend", 7, "ok"), Op(2, "clinic-verify-face", 7, "refused") };
        var stored = new Dictionary<string, CardStatus> { [FleetKeys.Card(7, 0)] = CardStatus.Active };

        var expectations = OperationLogExpectations.From(records, stored.Keys);
        var report = LogReconciler.Reconcile(expectations.Operations, stored);

        Assert.False(report.NothingMissing);
        Assert.Contains("suspend", Assert.Single(report.Missing));
    }

    [Fact(DisplayName = "R-LOSS-2: suspend then resume, both accepted, expects the newest stored card Active")]
    public void ResumeOnNewestCard()
    {
        var records = new[] { Op(1, "suspend", 9, "ok"), Op(2, "resume", 9, "ok") };
        var stored = new Dictionary<string, CardStatus>
        {
            [FleetKeys.Card(9, 0)] = CardStatus.Superseded, [FleetKeys.Card(9, 1)] = CardStatus.Active,
        };

        var expectations = OperationLogExpectations.From(records, stored.Keys);

        Assert.All(expectations.Operations, o => Assert.Equal(FleetKeys.Card(9, 1), o.CardKey));
        Assert.True(LogReconciler.Reconcile(expectations.Operations, stored).NothingMissing);
    }

    [Fact(DisplayName = "A fault after an accepted change allows either state; a missing row is a lost write")]
    public void FaultsAndMissingRows()
    {
        var records = new[] { Op(1, "suspend", 3, "ok"), Op(2, "resume", 3, "fault"), Op(3, "suspend", 4, "ok") };
        var stored = new Dictionary<string, CardStatus> { [FleetKeys.Card(3, 0)] = CardStatus.Active };

        var report = LogReconciler.Reconcile(OperationLogExpectations.From(records, stored.Keys).Operations, stored);

        Assert.Equal(2, report.CardsChecked);
        Assert.Contains(FleetKeys.Card(4, 0), Assert.Single(report.Missing));
    }

    [Fact(DisplayName = "R-LOSS-3: a resident whose card was reissued, even by a refused reissue, is counted as unchecked")]
    public void ReissueIsUnchecked()
    {
        var records = new[]
        {
            Op(1, "suspend", 5, "ok"), Op(2, "reissue", 5, "ok"), Op(3, "suspend", 6, "refused"),
            Op(4, "suspend", 8, "ok"), Op(5, "reissue", 8, "refused"),
        };

        var expectations = OperationLogExpectations.From(records, []);

        Assert.Empty(expectations.Operations);
        Assert.Equal(2, expectations.Unchecked);
    }
}
