using System.Globalization;

namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>Typed field readers: each reports a wrong type or a bad value at the value's position and returns null.</summary>
internal sealed partial class ScenarioReader
{
    private static readonly string[] JapanTimeFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    private string? String(FieldSet f, string name) => f[name] is { } node ? StringValue(node, f.PathOf(name)) : null;

    private string? StringValue(PositionedNode node, string path)
    {
        if (node.Kind == JsonKind.String) return node.Text;
        Error(node, path, $"expected a string, got {node.KindName}");
        return null;
    }

    private double? Number(FieldSet f, string name, double minimum = double.MinValue, double maximum = double.MaxValue) =>
        f[name] is { } node ? NumberValue(node, f.PathOf(name), minimum, maximum) : null;

    private double? NumberValue(PositionedNode node, string path, double minimum = double.MinValue, double maximum = double.MaxValue)
    {
        if (node.Kind != JsonKind.Number)
        {
            Error(node, path, $"expected a number, got {node.KindName}");
            return null;
        }
        var value = double.Parse(node.Text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            Error(node, path, $"{node.Text} is too large to be a number here");
            return null;
        }
        if (value < minimum || value > maximum)
        {
            var range = maximum == double.MaxValue ? $"at least {Show(minimum)}"
                : minimum == double.MinValue ? $"at most {Show(maximum)}"
                : $"between {Show(minimum)} and {Show(maximum)}";
            Error(node, path, $"{node.Text} is out of range: must be {range}");
            return null;
        }
        return value;
    }

    private double? Share(FieldSet f, string name) => Number(f, name, 0, 1);

    private long? Integer(FieldSet f, string name, long minimum)
    {
        if (f[name] is not { } node) return null;
        var path = f.PathOf(name);
        if (node.Kind != JsonKind.Number || !long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, path, $"expected a whole number, got {(node.Kind == JsonKind.Number ? node.Text : node.KindName)}");
            return null;
        }
        if (value < minimum)
        {
            Error(node, path, $"{value} is out of range: must be at least {minimum}");
            return null;
        }
        return value;
    }

    private bool? Boolean(FieldSet f, string name)
    {
        if (f[name] is not { } node) return null;
        if (node.Kind == JsonKind.Boolean) return node.Text == "true";
        Error(node, f.PathOf(name), $"expected true or false, got {node.KindName}");
        return null;
    }

    private TimeSpan? Duration(FieldSet f, string name, bool allowZero) =>
        f[name] is { } node ? DurationValue(node, f.PathOf(name), allowZero) : null;

    private TimeSpan? DurationValue(PositionedNode node, string path, bool allowZero)
    {
        if (node.Kind != JsonKind.String)
        {
            Error(node, path, $"expected a duration string such as \"30s\", \"5m\", \"2h\", got {node.KindName}");
            return null;
        }
        if (!ScenarioDuration.TryParse(node.Text, out var duration, out var error))
        {
            Error(node, path, error);
            return null;
        }
        if (!allowZero && duration == TimeSpan.Zero)
        {
            Error(node, path, "must be longer than zero");
            return null;
        }
        return duration;
    }

    private DateTimeOffset? JapanTime(FieldSet f, string name) =>
        f[name] is { } node ? JapanTimeValue(node, f.PathOf(name)) : null;

    private DateTimeOffset? JapanTimeValue(PositionedNode node, string path)
    {
        var text = StringValue(node, path);
        if (text is null) return null;
        if (DateTime.TryParseExact(text, JapanTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, CalendarWindow.JapanOffset);
        }
        Error(node, path, $"bad date \"{text}\": write Japan time as yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss], without an offset");
        return null;
    }

    private TimeOnly? TimeOfDay(FieldSet f, string name)
    {
        if (f[name] is not { } node) return null;
        var text = StringValue(node, f.PathOf(name));
        if (text is null) return null;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        Error(node, f.PathOf(name), $"bad time of day \"{text}\": write HH:mm in Japan time, e.g. \"08:30\"");
        return null;
    }

    private IReadOnlyList<T> Array<T>(FieldSet f, string name, Func<PositionedNode, string, T?> item, int minimum = 0)
        where T : class
    {
        if (f[name] is not { } node) return [];
        var path = f.PathOf(name);
        if (node.Kind != JsonKind.Array)
        {
            Error(node, path, $"expected an array, got {node.KindName}");
            return [];
        }
        if (node.Items.Count < minimum)
        {
            Error(node, path, $"needs at least {minimum} entr{(minimum == 1 ? "y" : "ies")}");
        }
        var items = new List<T>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            if (item(node.Items[i], $"{path}[{i}]") is { } value) items.Add(value);
        }
        return items;
    }

    /// <summary>Reports shares that do not sum to 1 within <see cref="ScenarioFormat.ShareTolerance"/>.</summary>
    private void CheckSumsToOne(PositionedNode node, string path, IEnumerable<double> shares, string what)
    {
        var sum = shares.Sum();
        if (Math.Abs(sum - 1.0) > ScenarioFormat.ShareTolerance)
        {
            Error(node, path, $"{what} sum to {Show(sum)}, not 1 (± {Show(ScenarioFormat.ShareTolerance)})");
        }
    }

    private static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
