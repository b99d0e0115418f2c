using MyNumber.Contracts.Cards;
using MyNumber.Domain.Pins;
using MyNumber.Grains.Population;

namespace MyNumber.Grains.Tests;

/// <summary>The procedural population: a pure function of (seed, index) with the intended shares.</summary>
public sealed class PopulationTests
{
    private static readonly PopulationGenerator Population = new(new PopulationSettings { Seed = 99, Size = 1_000_000 });

    [Fact(DisplayName = "population: resident i is the same on every call and differs by seed")]
    public void Deterministic()
    {
        var other = new PopulationGenerator(new PopulationSettings { Seed = 100, Size = 1_000_000 });
        Assert.Equal(Population.Resident(12345), Population.Resident(12345));
        Assert.Equal(Population.Pins(12345), Population.Pins(12345));
        Assert.NotEqual(Population.Resident(12345), other.Resident(12345));
    }

    [Fact(DisplayName = "R-MN-2 population: every resident's number is a valid My Number, shown masked")]
    public void ValidNumbers()
    {
        for (long i = 0; i < 1000; i++)
        {
            var number = Population.NumberOf(i);
            Assert.True(number.IsValid);
            Assert.StartsWith("********", number.ToString());
        }
    }

    [Fact(DisplayName = "R-PIN-1 population: generated PINs have the slot formats")]
    public void PinsHaveTheFormat()
    {
        for (long i = 0; i < 1000; i++)
        {
            var (signing, four) = Population.Pins(i);
            Assert.True(PinFormat.IsValid(MyNumber.Domain.Pins.PinSlot.Signing, signing));
            Assert.True(PinFormat.IsValid(MyNumber.Domain.Pins.PinSlot.UserAuthentication, four));
        }
    }

    [Fact(DisplayName = "population: age, nationality, card, face-auth and smartphone shares are near the targets")]
    public void Shares()
    {
        const int n = 20_000;
        var residents = Enumerable.Range(0, n).Select(i => Population.Resident(i)).ToList();
        double Share(Func<Residents.ResidentState, bool> f) => residents.Count(f) / (double)n;
        var reference = PopulationGenerator.ReferenceDate;
        Assert.InRange(Share(r => Domain.Birthdays.AgeOn(r.BirthDate, reference) < 15), 0.10, 0.13);
        Assert.InRange(Share(r => Domain.Birthdays.AgeOn(r.BirthDate, reference) >= 65), 0.26, 0.32);
        Assert.InRange(Share(r => !r.Japanese), 0.02, 0.035);
        Assert.InRange(Share(r => r.HoldsCard), 0.74, 0.82);
        Assert.InRange(Share(r => r.FaceAuthenticationCard), 0.001, 0.01);
        Assert.InRange(Share(r => r.Smartphone), 0.06, 0.10);
        Assert.All(residents.Where(r => r.HoldsCard), r =>
            Assert.InRange(r.CardIssuedOn!.Value, new DateOnly(2016, 1, 1), reference));
    }

    [Fact(DisplayName = "R-VAL-1 population: a generated card carries the Domain's expiry and the resident's PINs")]
    public void GeneratedCard()
    {
        var index = Enumerable.Range(0, 1000).First(i => Population.Resident(i) is { HoldsCard: true, FaceAuthenticationCard: false });
        var resident = Population.Resident(index);
        var card = PopulationCards.InitialCard(Population, index, 0, "mncard:x:0")!;
        Assert.Equal(CardStatus.Active, card.Status);
        Assert.Equal(Domain.Validity.ValidityRules.CardExpires(resident.BirthDate, resident.CardIssuedOn!.Value, resident.StayEnds), card.ExpiresOn);
        Assert.True(card.Pins!.ToDomain().Verify(Domain.Pins.PinSlot.UserAuthentication, Population.Pins(index).FourDigits).IsAccepted);
        Assert.Null(PopulationCards.InitialCard(Population, index, 1, "mncard:x:1"));
    }
}
