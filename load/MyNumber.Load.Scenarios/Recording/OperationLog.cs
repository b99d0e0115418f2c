namespace MyNumber.Load.Scenarios.Recording;

/// <summary>An operation log read back: its header and records in file order.</summary>
public sealed record OperationLog(string Path, OperationLogHeader Header, IReadOnlyList<OperationRecord> Records)
{
    /// <summary>Reads a log file, or a run directory holding one.</summary>
    public static OperationLog Read(string path)
    {
        if (Directory.Exists(path)) path = System.IO.Path.Combine(path, OperationLogFormat.OutcomeFileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"no operation log at {path}", path);
        using var reader = new StreamReader(path);
        var first = reader.ReadLine() ?? throw new FormatException($"{path}:1: empty file, not an operation log");
        var header = OperationLogFormat.ParseHeader(first, path);
        var records = new List<OperationRecord>();
        int lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0) records.Add(OperationLogFormat.ParseRecord(line, path, lineNumber));
        }
        return new OperationLog(path, header, records);
    }
}
