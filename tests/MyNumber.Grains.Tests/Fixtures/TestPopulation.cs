using MyNumber.Grains.Population;
using MyNumber.Grains.Residents;

namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>Finds generated residents with the facts a test needs (same population as the test clusters).</summary>
public static class TestPopulation
{
    public static readonly PopulationGenerator Population = new(new PopulationSettings { Seed = 7, Size = 1_000_000 });

    /// <summary>The first resident at or after <paramref name="from"/> that matches.</summary>
    public static long Find(long from, Func<ResidentState, bool> match)
    {
        for (var i = from; i < from + 100_000; i++)
        {
            if (match(Population.Resident(i))) return i;
        }

        throw new InvalidOperationException("no such resident in the test population");
    }

    public static bool AdultJapanese(ResidentState r) =>
        r.Japanese && Domain.Birthdays.AgeOn(r.BirthDate, new DateOnly(2026, 3, 1)) is >= 20 and < 70;
}
