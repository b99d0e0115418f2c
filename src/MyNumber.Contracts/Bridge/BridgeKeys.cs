using System.Globalization;

namespace MyNumber.Contracts.Bridge;

/// <summary>Keys of the reader bridge grains: one per resident whose card sits in an attached reader.</summary>
public static class BridgeKeys
{
    private const string Prefix = "bridge:";

    /// <summary>
    /// The response timeout of calls that may wait for the chip and a person typing a PIN: above the longest
    /// operation timeout an attach process asks for (<see cref="BridgeAttachment.OperationTimeout"/>), which
    /// is what really bounds them.
    /// </summary>
    public const string ChipCallTimeout = "00:05:00";

    public static string ForResident(long residentIndex) => Prefix + residentIndex.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string key, out long residentIndex)
    {
        residentIndex = -1;
        return key is not null && key.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out residentIndex);
    }
}
