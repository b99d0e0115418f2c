namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// A row of <c>calibration.md</c>: its section number, the text of its first column (bold removed) and its
/// date column ("" where the table has none, e.g. the outage list, the derived numbers and the scenario ideas).
/// </summary>
public sealed record CalibrationRow(string Section, string Title, string Date)
{
    /// <summary>The title without a trailing parenthesised remark: "Cards held (保有枚数)" is also "Cards held".</summary>
    public string ShortTitle
    {
        get
        {
            var open = Title.IndexOf(" (", StringComparison.Ordinal);
            return open > 0 && Title.EndsWith(')') ? Title[..open] : Title;
        }
    }

    public override string ToString() => Date.Length == 0 ? $"§{Section} {Title}" : $"§{Section} {Title} ({Date})";
}
