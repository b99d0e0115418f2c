using MyNumber.Cli.Scenarios;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Population;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using Microsoft.Extensions.Configuration;
using MyNumber.Load.Scenarios.Tests.Running;

namespace MyNumber.Load.Scenarios.Tests.Population;

/// <summary>The population a scenario run gets: as of the scenario's first day, with the scenario's mix.</summary>
public sealed class ScenarioPopulationTests
{
    private const int Sample = 20_000;

    /// <summary>The generator exactly as a run's silo builds it: the run's fleet arguments bound to the settings.</summary>
    private static PopulationGenerator GeneratorFor(ScenarioDefinition scenario, Func<PopulationSpec, PopulationSpec>? change = null)
    {
        scenario = change is null ? scenario : scenario with { Population = change(scenario.Population) };
        var setup = FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start);
        var config = new ConfigurationBuilder().AddCommandLine([.. FleetArguments.For(setup)]).Build();
        return new PopulationGenerator(config.GetSection(PopulationSettings.SectionName).Get<PopulationSettings>()!);
    }

    [Fact(DisplayName = "R-VAL-1 a 2024-12 scenario's population: nobody born and no card issued on or after its first day, few cards expired, no certificate from the future")]
    public void AsOfTheScenarioDay()
    {
        var scenario = TestScenarios.Load("insurance-switch-2024-12-02");
        var population = GeneratorFor(scenario);
        var day = new DateOnly(2024, 11, 25);
        Assert.Equal(day, population.AsOf);
        int holders = 0, expired = 0;
        for (int i = 0; i < Sample; i++)
        {
            var r = population.Resident(i);
            Assert.True(r.BirthDate < day, $"resident {i} born {r.BirthDate}");
            if (!r.HoldsCard) continue;
            holders++;
            Assert.InRange(r.CardIssuedOn!.Value, new DateOnly(2016, 1, 1), day.AddDays(-1));
            var card = PopulationCards.InitialCard(population, i, 0, $"mncard:{i}:0")!;
            Assert.True(card.UserIssuedOn is null || card.UserIssuedOn < day, $"resident {i}: certificate issued {card.UserIssuedOn}");
            Assert.True(card.SigningIssuedOn is null || card.SigningIssuedOn < day, $"resident {i}: signing certificate issued {card.SigningIssuedOn}");
            if (card.ExpiresOn < day) expired++;
        }
        // Holders who did not renew a card that ran out (children's 5-year cards, mostly): a few percent, not a third.
        Assert.InRange(expired / (double)holders, 0.001, 0.05);
        Assert.InRange(holders / (double)Sample, 0.74, 0.78);
    }

    [Fact(DisplayName = "A change of the scenario's population mix changes the generated shares")]
    public void MixReachesTheGenerator()
    {
        var scenario = TestScenarios.Load("insurance-switch-2024-12-02");
        var file = GeneratorFor(scenario);
        var changed = GeneratorFor(scenario, p => p with
        {
            Ages = new AgeMix(0.30, 0.05, 0.45, 0.20),
            ForeignShare = 0.20,
            CardHolderShare = 0.50,
            FaceAuthShare = 0.10,
            SmartphoneShare = 0.25,
            InsuranceRegisteredShare = 0.40,
        });
        var (a, b) = (Shares(file), Shares(changed));
        Assert.InRange(a.Under15, 0.105, 0.13);
        Assert.InRange(b.Under15, 0.28, 0.32);
        Assert.InRange(a.Foreign, 0.03, 0.05);
        Assert.InRange(b.Foreign, 0.18, 0.22);
        Assert.InRange(a.Holders, 0.74, 0.78);
        Assert.InRange(b.Holders, 0.48, 0.52);
        Assert.InRange(a.Face, 0.002, 0.01);
        Assert.InRange(b.Face, 0.08, 0.12);
        Assert.InRange(a.Phone, 0.02, 0.04);
        Assert.InRange(b.Phone, 0.22, 0.28);
        Assert.InRange(a.Insured, 0.80, 0.84);
        Assert.InRange(b.Insured, 0.37, 0.43);
    }

    [Fact(DisplayName = "A Bunkyo-scale run puts every resident in Bunkyo (131059), whose counters the scenario sizes")]
    public void BunkyoIsOneMunicipality()
    {
        var population = GeneratorFor(TestScenarios.Load("application-peak-2023-02-28"));
        Assert.All(Enumerable.Range(0, 2_000), i => Assert.Equal("131059", population.Resident(i).MunicipalityCode));
    }

    private static (double Under15, double Foreign, double Holders, double Face, double Phone, double Insured) Shares(PopulationGenerator population)
    {
        var residents = Enumerable.Range(0, Sample).Select(i => population.Resident(i)).ToList();
        var holders = residents.Where(r => r.HoldsCard).ToList();
        double Of<T>(List<T> list, Func<T, bool> f) => list.Count(f) / (double)list.Count;
        return (Of(residents, r => Domain.Birthdays.AgeOn(r.BirthDate, population.AsOf) < 15), Of(residents, r => !r.Japanese),
            Of(residents, r => r.HoldsCard), Of(holders, r => r.FaceAuthenticationCard), Of(holders, r => r.Smartphone), Of(holders, r => r.InsuranceRegistered));
    }
}
