using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard;

/// <summary>The card answered a command with a status word the operation cannot go on from.</summary>
public sealed class CardCommandException(string operation, StatusWord statusWord)
    : Exception($"{operation} failed: the card answered {statusWord} ({Describe(statusWord)}).")
{
    public string Operation { get; } = operation;
    public StatusWord StatusWord { get; } = statusWord;

    private static string Describe(StatusWord sw) => sw.Value switch
    {
        0x6700 => "wrong length",
        0x6982 => "security status not satisfied: verify the PIN first",
        0x6983 or 0x6984 => "PIN blocked",
        0x6986 => "command not allowed: no current EF",
        0x6A82 => "file or application not found",
        0x6A86 => "wrong P1/P2",
        0x6B00 => "offset outside the file",
        0x6D00 => "instruction not supported",
        0x6E00 => "class not supported",
        _ when sw.TriesLeft is { } left => $"wrong PIN, {left} tries left",
        _ => "unexpected status",
    };
}
