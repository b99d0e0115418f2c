using MyNumber.Cli.Cards;

namespace MyNumber.Bridge.Tests;

/// <summary>A <c>--pin-source file:PATH</c> with one PIN, deleted afterwards.</summary>
internal sealed class PinFile : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public PinFile(string userPin)
    {
        File.WriteAllText(_path, userPin + "\n");
        Source = PinSource.Parse("file:" + _path, TextReader.Null, TextWriter.Null);
    }

    public PinSource Source { get; }

    /// <summary>The <c>--pin-source</c> argument naming this file.</summary>
    public string Argument => "file:" + _path;

    public void Dispose() => File.Delete(_path);
}
