namespace MyNumber.Load.Scenarios.Running;

public enum VerdictKind
{
    Pass,
    Fail,

    /// <summary>The generator fell behind, or the run was cut short: the numbers are not the system's.</summary>
    Invalid,
}
