using MyNumber.Domain.Pins;

namespace MyNumber.Domain.Tests.Pins;

internal static class PinFixtures
{
    public static readonly byte[] Salt = Enumerable.Range(1, PinHash.SaltLength).Select(i => (byte)i).ToArray();

    /// <summary>Signing ABC123, user 1234, resident registry 1234, card-info input 5678.</summary>
    public static PinSet Standard() => PinSet.Choose("ABC123", "1234", "1234", "5678", Salt).State;

    /// <summary>A JST wall-clock instant.</summary>
    public static DateTimeOffset Jst(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
