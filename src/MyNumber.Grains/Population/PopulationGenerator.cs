using System.Globalization;
using MyNumber.Contracts.Residents;
using MyNumber.Domain.Identity;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Residents;

namespace MyNumber.Grains.Population;

/// <summary>
/// Procedural population: resident i's initial facts are a pure function of (seed, i), so a fleet of
/// 124 million costs nothing until a resident is touched, and the load harness can know any resident's
/// PINs without asking the fleet. Default shares follow the national figures roughly: 11.5 % under 15 and
/// 29 % over 64; 2.7 % foreign residents (a third of them permanent); about 78 % hold a card, issued over
/// 2016-01 to the day before <see cref="AsOf"/>; 0.5 % of cards are face-authentication cards, 10 % of
/// holders use the smartphone certificate, 80 % registered the card as insurance card. A scenario's
/// population mix replaces the shares (<see cref="PopulationMix"/>).
/// </summary>
public sealed class PopulationGenerator
{
    /// <summary>The day the population is as of when its settings name none.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 1, 1);
    private static readonly DateOnly FirstIssue = new(2016, 1, 1);
    private static readonly string[] KnownMunicipalities = ["131059", "131016", "131041", "131130", "271004"];

    private readonly SyntheticNumbers _numbers;
    private readonly PopulationMix _mix;

    public PopulationGenerator(PopulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        AsOf = settings.AsOf ?? ReferenceDate;
        _mix = PopulationMix.From(settings);
        _numbers = new SyntheticNumbers(settings.Seed);
    }

    public PopulationSettings Settings { get; }

    /// <summary>Ages, cards and certificates are as they stood on this day (before anything of the run).</summary>
    public DateOnly AsOf { get; }

    public bool Exists(long index) => index >= 0 && index < Settings.Size;

    /// <summary>The resident's My Number (an attribute, never a key).</summary>
    public IndividualNumber NumberOf(long index) => _numbers.At(index);

    public ResidentState Resident(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var r = new PopulationRandom(Settings.Seed, index, stream: 1);
        var birth = BirthDate(ref r);
        var japanese = r.Chance(_mix.JapaneseShare);
        DateOnly? stayEnds = !japanese && r.Chance(0.67) ? AsOf.AddDays(r.Below(5 * 365) + 30) : null;
        var holds = r.Chance(Birthdays(birth) < 15 ? _mix.ChildCardShare : _mix.AdultCardShare);
        var issued = holds ? IssueDate(ref r, birth, stayEnds) : (DateOnly?)null;
        var face = holds && r.Chance(_mix.FaceAuthenticationShare);
        var phone = holds && !face && r.Chance(_mix.SmartphoneShare);
        var insured = holds && r.Chance(_mix.InsuranceRegisteredShare);
        return new ResidentState(
            index,
            Name: $"Resident {index}",
            Address: $"{1 + r.Below(7)}-{1 + r.Below(30)}-{1 + r.Below(20)}",
            birth,
            Female: r.Chance(0.51),
            japanese,
            stayEnds,
            MunicipalityCode: Municipality(ref r),
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
        return (letters + r.Below(1_000_000).ToString("D6", CultureInfo.InvariantCulture),
            r.Below(10_000).ToString("D4", CultureInfo.InvariantCulture));
    }

    private int Birthdays(DateOnly birth) => Domain.Birthdays.AgeOn(birth, AsOf);

    private DateOnly BirthDate(ref PopulationRandom r)
    {
        var (minAge, maxAge) = _mix.AgeBand(r.Unit());
        var daysBack = (minAge * 365) + r.Below(((maxAge - minAge + 1) * 365) - 1) + 1;
        return AsOf.AddDays(-daysBack);
    }

    /// <summary>
    /// The issue date of the card the resident holds on <see cref="AsOf"/>. With a scenario's mix, a card
    /// that would have run out before then was renewed (R-VAL-7: in its renewal window), as holders mostly
    /// do (<see cref="PopulationMix.RenewalShare"/>); without one, the default population keeps its first
    /// cards, expired or not.
    /// </summary>
    private DateOnly IssueDate(ref PopulationRandom r, DateOnly birth, DateOnly? stayEnds)
    {
        var from = birth > FirstIssue ? birth.AddDays(30) : FirstIssue;
        var span = AsOf.DayNumber - from.DayNumber;
        var issued = span <= 1 ? AsOf.AddDays(-1) : from.AddDays(r.Below(span));
        if (_mix.RenewalShare is not { } renews || !r.Chance(renews)) return issued;
        for (var expires = ValidityRules.CardExpires(birth, issued, stayEnds); expires < AsOf;
             expires = ValidityRules.CardExpires(birth, issued, stayEnds))
        {
            var opens = ValidityRules.RenewalOpens(expires);
            var window = Math.Max(1, Math.Min(expires.DayNumber, AsOf.DayNumber) - opens.DayNumber);
            issued = opens.AddDays(r.Below(window));
        }

        return issued;
    }

    private string Municipality(ref PopulationRandom r)
    {
        var chance = r.Unit();
        return Settings.Municipalities switch
        {
            null => chance < 0.6 ? KnownMunicipalities[0] : KnownMunicipalities[1 + r.Below(KnownMunicipalities.Length - 1)],
            <= 1 => KnownMunicipalities[0],
            var n => (int)(chance * n.Value) is var i && i < KnownMunicipalities.Length
                ? KnownMunicipalities[i]
                : (900_000 + i).ToString(CultureInfo.InvariantCulture),
        };
    }
}
