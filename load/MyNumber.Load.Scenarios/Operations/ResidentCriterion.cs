namespace MyNumber.Load.Scenarios.Operations;

/// <summary>Who can arrive for an operation, judged from the population alone (no grain call).</summary>
public enum ResidentCriterion
{
    Anyone,

    /// <summary>Holds a card: clinic visits, PIN resets, renewals and other card uses.</summary>
    CardHolder,

    /// <summary>Holds no card yet: applications and first handovers.</summary>
    NonHolder,

    /// <summary>Holds a card whose certificate renewal window is open on the arrival's date (R-VAL-7).</summary>
    RenewalDue,
}
