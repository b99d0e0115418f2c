using MyNumber.Contracts.Residents;
using MyNumber.Domain.Identity;
using MyNumber.Grains.Residents;

namespace MyNumber.Grains.Population;

/// <summary>
/// Procedural population: resident i's initial facts are a pure function of (seed, i), so a fleet of
/// 124 million costs nothing until a resident is touched, and the load harness can know any resident's
/// PINs without asking the fleet. Shares follow the national figures roughly: 11.5 % under 15 and 29 %
/// over 64; 2.7 % foreign residents (a third of them permanent); about 78 % hold a card, issued over
/// 2016-01 to the reference date; 0.5 % of cards are face-authentication cards, 10 % of holders use the
/// smartphone certificate, 80 % registered the card as insurance card.
/// </summary>
public sealed class PopulationGenerator
{
    public static readonly DateOnly ReferenceDate = new(2026, 1, 1);
    private static readonly DateOnly FirstIssue = new(2016, 1, 1);
    private static readonly string[] Municipalities = ["131059", "131016", "131041", "131130", "271004"];

    private readonly SyntheticNumbers _numbers;

    public PopulationGenerator(PopulationSettings settings)
    {
        Settings = settings;
        _numbers = new SyntheticNumbers(settings.Seed);
    }

    public PopulationSettings Settings { get; }

    public bool Exists(long index) => index >= 0 && index < Settings.Size;

    /// <summary>The resident's My Number (an attribute, never a key).</summary>
    public IndividualNumber NumberOf(long index) => _numbers.At(index);

    public ResidentState Resident(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var r = new PopulationRandom(Settings.Seed, index, stream: 1);
        var birth = BirthDate(ref r);
        var japanese = r.Chance(0.973);
        DateOnly? stayEnds = !japanese && r.Chance(0.67) ? ReferenceDate.AddDays(r.Below(5 * 365) + 30) : null;
        var holds = r.Chance(Birthdays(birth) < 15 ? 0.55 : 0.82);
        var issued = holds ? IssueDate(ref r, birth) : (DateOnly?)null;
        var face = holds && r.Chance(0.005);
        var phone = holds && !face && r.Chance(0.10);
        var insured = holds && r.Chance(0.80);
        return new ResidentState(
            index,
            Name: $"Resident {index}",
            Address: $"{1 + r.Below(7)}-{1 + r.Below(30)}-{1 + r.Below(20)}",
            birth,
            Female: r.Chance(0.51),
            japanese,
            stayEnds,
            MunicipalityCode: r.Chance(0.6) ? Municipalities[0] : Municipalities[1 + r.Below(Municipalities.Length - 1)],
            HouseholdId: index / 2,
            insured,
            ResidentStatus.Registered,
            CardGeneration: holds ? 0 : -1,
            CardIssuedOn: issued,
            FaceAuthenticationCard: face,
            Smartphone: phone,
            OldSurname: null,
            MoveOutPlannedOn: null,
            MovingToMunicipality: null);
    }

    /// <summary>
    /// The PINs resident i set at handover: a signing PIN of two letters and six digits and one 4-digit
    /// value for the three short slots. Synthetic test data for the load harness; never logged.
    /// </summary>
    public (string Signing, string FourDigits) Pins(long index)
    {
        var r = new PopulationRandom(Settings.Seed, index, stream: 2);
        var letters = $"{(char)('A' + r.Below(26))}{(char)('A' + r.Below(26))}";
        return (letters + r.Below(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            r.Below(10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int Birthdays(DateOnly birth) => Domain.Birthdays.AgeOn(birth, ReferenceDate);

    private static DateOnly BirthDate(ref PopulationRandom r)
    {
        var bucket = r.Unit();
        var (minAge, maxAge) = bucket < 0.115 ? (0, 14) : bucket < 0.71 ? (15, 64) : (65, 100);
        var daysBack = (minAge * 365) + r.Below(((maxAge - minAge + 1) * 365) - 1) + 1;
        return ReferenceDate.AddDays(-daysBack);
    }

    private static DateOnly IssueDate(ref PopulationRandom r, DateOnly birth)
    {
        var from = birth > FirstIssue ? birth.AddDays(30) : FirstIssue;
        var span = ReferenceDate.DayNumber - from.DayNumber;
        return span <= 1 ? ReferenceDate.AddDays(-1) : from.AddDays(r.Below(span));
    }
}
