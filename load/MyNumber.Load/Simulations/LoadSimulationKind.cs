namespace MyNumber.Load.Simulations;

/// <summary>The shapes of load a scenario can be given (NBomber's names, so users feel at home).</summary>
public enum LoadSimulationKind
{
    Inject,
    RampingInject,
    IterationsForInject,
    KeepConstant,
    RampingConstant,
    IterationsForConstant,
    Pause,
}
