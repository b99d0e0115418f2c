using System.Buffers.Binary;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>The grain look-ups every operation shares.</summary>
internal static class FleetCalls
{
    public const string NoCard = "resident.no-card";
    public const string Unknown = "resident.unknown";

    public static IResidentGrain Resident(FleetConnection fleet, long index) =>
        GrainReferences<IResidentGrain>.Of(fleet.Grains, FleetKeys.Resident(index));

    public static ICardGrain Card(FleetConnection fleet, string cardKey) => GrainReferences<ICardGrain>.Of(fleet.Grains, cardKey);

    /// <summary>A stateless worker: key 0 is the pool, not a single activation.</summary>
    public static ICertificateVerifierGrain Verifier(FleetConnection fleet) => GrainReferences<ICertificateVerifierGrain>.Of(fleet.Grains, 0);

    /// <summary>The resident's current card, or the reason there is none.</summary>
    public static async Task<(ResidentSnapshot? Resident, ICardGrain? Card, string? Reason)> CurrentCardAsync(FleetConnection fleet, long index)
    {
        var resident = await Resident(fleet, index).GetAsync();
        if (resident is null) return (null, null, Unknown);
        if (resident.CardKey is not { } key) return (resident, null, NoCard);
        return (resident, Card(fleet, key), null);
    }

    /// <summary>A clinic's 32-byte challenge, derived from the arrival's variant so a replay signs the same bytes.</summary>
    public static byte[] Challenge(ulong variant)
    {
        var challenge = new byte[32];
        for (int i = 0; i < 4; i++) BinaryPrimitives.WriteUInt64LittleEndian(challenge.AsSpan(i * 8), variant * (ulong)(2 * i + 1) + 0x9E3779B97F4A7C15UL);
        return challenge;
    }
}
