namespace MyNumber.Load.Reports;

/// <summary>
/// Receives a run's progress. Called on the dispatcher thread: implementations must return quickly
/// (store the value and draw elsewhere) or they delay the schedule.
/// </summary>
public interface IRunObserver
{
    void OnProgress(RunProgress progress);

    void OnCompleted(RunReport report);
}
