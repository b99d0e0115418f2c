using System.Text;
using System.Text.Json;

namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>
/// Reads strict JSON (no comments, no trailing commas, one value, nothing after it) into a
/// <see cref="PositionedNode"/> tree. A syntax error is reported with its position and ends the parse,
/// because nothing after it can be trusted.
/// </summary>
internal sealed class PositionedJsonParser
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private PositionedJsonParser(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
        }
    }

    public static PositionedNode? Parse(string text, Action<int, int, string> syntaxError)
    {
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            syntaxError(1, 1, "the file is empty; expected a JSON object");
            return null;
        }
        var utf8 = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var parser = new PositionedJsonParser(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        });
        try
        {
            reader.Read();
            var root = parser.ReadValue(ref reader);
            if (reader.Read())
            {
                var (line, column) = parser.PositionOf(checked((int)reader.TokenStartIndex));
                syntaxError(line, column, "unexpected content after the end of the JSON value");
                return null;
            }
            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = parser.ColumnOfByte(line, (int)(ex.BytePositionInLine ?? 0));
            syntaxError(line, column, "invalid JSON: " + StripPosition(ex.Message));
            return null;
        }
    }

    private PositionedNode ReadValue(ref Utf8JsonReader reader)
    {
        var (line, column) = PositionOf(checked((int)reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new PositionedNode { Kind = JsonKind.Object, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = PositionOf(checked((int)reader.TokenStartIndex));
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add(new PositionedProperty(name, nameLine, nameColumn, ReadValue(ref reader)));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new PositionedNode { Kind = JsonKind.Array, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader));
                }
                return array;
            case JsonTokenType.String:
                return new PositionedNode { Kind = JsonKind.String, Line = line, Column = column, Text = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedNode
                {
                    Kind = JsonKind.Number, Line = line, Column = column,
                    Text = Encoding.UTF8.GetString(reader.ValueSpan),
                };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new PositionedNode
                {
                    Kind = JsonKind.Boolean, Line = line, Column = column,
                    Text = reader.TokenType == JsonTokenType.True ? "true" : "false",
                };
            default:
                return new PositionedNode { Kind = JsonKind.Null, Line = line, Column = column };
        }
    }

    private (int Line, int Column) PositionOf(int byteOffset)
    {
        var index = _lineStarts.BinarySearch(byteOffset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        return (lineIndex + 1, CharactersBetween(_lineStarts[lineIndex], byteOffset) + 1);
    }

    private int ColumnOfByte(int line, int bytePositionInLine)
    {
        if (line - 1 >= _lineStarts.Count) return bytePositionInLine + 1;
        var start = _lineStarts[line - 1];
        return CharactersBetween(start, Math.Min(_utf8.Length, start + bytePositionInLine)) + 1;
    }

    // Columns count characters, not UTF-8 bytes, so Japanese text in a description does not shift them.
    private int CharactersBetween(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if ((_utf8[i] & 0xC0) != 0x80) count++;
        }
        return count;
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var trimmed = (cut >= 0 ? message[..cut] : message).Trim();
        return trimmed.EndsWith('.') ? trimmed[..^1] : trimmed;
    }
}
