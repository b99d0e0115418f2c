using System.Text;

namespace MyNumber.Silo.Verification;

/// <summary>Appends operations to an acknowledged-operation log from many workers; each line is flushed at once.</summary>
public sealed class AcknowledgedLogWriter : IDisposable
{
    private readonly Lock _gate = new();
    private readonly StreamWriter _writer;
    private long _sequence;

    public AcknowledgedLogWriter(string path, string serviceId)
    {
        Path = path;
        _writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        _writer.WriteLine(AcknowledgedLog.Header(serviceId));
    }

    public string Path { get; }

    public long Acknowledged { get; private set; }

    public long Unacknowledged { get; private set; }

    public void Write(string cardKey, string operation, MyNumber.Contracts.Cards.CardStatus expected, bool acknowledged)
    {
        lock (_gate)
        {
            _writer.WriteLine(AcknowledgedLog.Line(new AcknowledgedOperation(++_sequence, cardKey, operation, expected, acknowledged)));
            if (acknowledged) Acknowledged++;
            else Unacknowledged++;
        }
    }

    public void Dispose()
    {
        lock (_gate) _writer.Dispose();
    }
}
