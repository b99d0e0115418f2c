using System.Security.Cryptography;
using System.Text;
using MyNumber.SmartCard.Jpki;

namespace MyNumber.Cli.Cards;

/// <summary>
/// Where the attach process gets a PIN when the chip needs one: <c>env:VAR</c> (the user-authentication
/// PIN in VAR, the signing PIN in VAR_SIGNING), <c>file:PATH</c> (first line the user-authentication PIN,
/// second line the signing PIN) or <c>prompt</c> (typed at the terminal, not echoed). PINs are returned as
/// ASCII bytes the caller clears after use; they are never logged and never sent to the fleet.
/// </summary>
public abstract class PinSource
{
    public const string Syntax = "env:VAR | file:PATH | prompt";

    /// <summary>A short description for logs (never the PIN).</summary>
    public abstract string Describe();

    /// <summary>The PIN's ASCII bytes, or null when the source has none for it.</summary>
    public abstract byte[]? Read(JpkiPin pin, string reader);

    /// <summary>Whether answering may wait for a person (the bridge then waits longer).</summary>
    public virtual bool Interactive => false;

    public static PinSource Parse(string spec, TextReader input, TextWriter prompt)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec == "prompt") return new Prompted(input, prompt);
        if (spec.StartsWith("env:", StringComparison.Ordinal) && spec.Length > 4) return new FromEnvironment(spec[4..]);
        if (spec.StartsWith("file:", StringComparison.Ordinal) && spec.Length > 5) return new FromFile(spec[5..]);
        throw new ArgumentException($"--pin-source: '{spec}' is not one of {Syntax}");
    }

    private static byte[]? Ascii(string? text) =>
        string.IsNullOrEmpty(text) ? null : Encoding.ASCII.GetBytes(text.Trim());

    private sealed class FromEnvironment(string variable) : PinSource
    {
        public override string Describe() => $"environment variable {variable}";

        public override byte[]? Read(JpkiPin pin, string reader) =>
            Ascii(Environment.GetEnvironmentVariable(pin == JpkiPin.Signing ? variable + "_SIGNING" : variable));
    }

    private sealed class FromFile(string path) : PinSource
    {
        public override string Describe() => $"file {path}";

        public override byte[]? Read(JpkiPin pin, string reader)
        {
            if (!File.Exists(path)) return null;
            var lines = File.ReadAllLines(path);
            var line = pin == JpkiPin.Signing ? 1 : 0;
            return lines.Length > line ? Ascii(lines[line]) : null;
        }
    }

    private sealed class Prompted(TextReader input, TextWriter prompt) : PinSource
    {
        private readonly Lock _gate = new();

        public override bool Interactive => true;

        public override string Describe() => "prompt";

        public override byte[]? Read(JpkiPin pin, string reader)
        {
            lock (_gate)
            {
                prompt.Write($"{(pin == JpkiPin.Signing ? "signing password" : "user-authentication PIN")} for the card in \"{reader}\": ");
                prompt.Flush();
                var typed = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected ? ReadHidden() : input.ReadLine();
                prompt.WriteLine();
                return Ascii(typed);
            }
        }

        private static string ReadHidden()
        {
            var typed = new StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace && typed.Length > 0) typed.Length--;
                else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
            }

            var pin = typed.ToString();
            typed.Clear();
            return pin;
        }
    }

    /// <summary>Clears a PIN buffer (what every caller does in a finally).</summary>
    public static void Clear(byte[]? pin)
    {
        if (pin is not null) CryptographicOperations.ZeroMemory(pin);
    }
}
