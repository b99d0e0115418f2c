namespace MyNumber.Load.Scenarios.Definition;

/// <summary>Where a resident performs an operation; counters have windows and service times, the others do not.</summary>
public enum OperationChannel
{
    Counter,
    Online,
    Kiosk,
    Clinic,
    Hotline,
}
