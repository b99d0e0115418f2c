namespace MyNumber.Contracts;

/// <summary>
/// The grain keys of the fleet, in one place. Every key starts with a letter that is not a hex digit:
/// the ADO.NET grain storage stores string keys that parse as hex as integers (dotnet/orleans#9706), so
/// "80437" and "080437" would share a row. Residents are keyed by an opaque population index; the My
/// Number is an attribute, never a key (guide p.3).
/// </summary>
public static class FleetKeys
{
    public static string Resident(long index) => $"resident:{index}";

    /// <summary>A resident's card; <paramref name="generation"/> counts reissues and renewals (0 = first card).</summary>
    public static string Card(long residentIndex, int generation) => $"mncard:{residentIndex}:{generation}";

    public static string Kiosk(string storeId) => $"kiosk:{storeId}";

    /// <summary>A municipality by its 6-digit local-government code (Bunkyo: 131059).</summary>
    public static string Municipality(string localGovernmentCode) => $"lg:{localGovernmentCode}";

    public static string ClinicReader(string readerId) => $"reader:{readerId}";

    public static string RevocationShard(int shard) => $"revocation:{shard}";

    /// <summary>The population index inside a resident or card key.</summary>
    public static bool TryParseResident(string key, out long index)
    {
        index = -1;
        var parts = key.Split(':');
        return parts.Length >= 2 && parts[0] is "resident" or "mncard" && long.TryParse(parts[1], out index) && index >= 0;
    }

    /// <summary>The generation inside a card key.</summary>
    public static bool TryParseCard(string key, out long residentIndex, out int generation)
    {
        generation = -1;
        var parts = key.Split(':');
        return TryParseResident(key, out residentIndex) && parts.Length == 3 && parts[0] == "mncard"
            && int.TryParse(parts[2], out generation) && generation >= 0;
    }
}
