namespace MyNumber.Contracts.Municipality;

/// <summary>What a resident comes to the counter for; each has its own service time.</summary>
[GenerateSerializer, Alias("mn.CounterProcedure")]
public enum CounterProcedure
{
    Application = 0,
    Handover = 1,
    Renewal = 2,
    PinReset = 3,
    SuspensionLift = 4,
    TransferIn = 5,
    TransferOut = 6,
}
