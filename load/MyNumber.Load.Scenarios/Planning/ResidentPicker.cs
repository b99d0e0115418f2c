using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;

namespace MyNumber.Load.Scenarios.Planning;

/// <summary>
/// Chooses who arrives, deterministically from (seed, sequence). First candidates come from a bijection
/// of the population, so arrivals meet distinct residents until the run has seen them all, and one
/// arrival's outcome does not depend on another's timing. Candidates that do not fit the operation
/// (a card holder applying for a first card) are passed over; after <see cref="Attempts"/> the last one
/// arrives anyway and the fleet answers with its refusal, as a real counter would. Nobody arrives before
/// their birth date, and card uses wait for the card to exist (a population dated after the arrival, such as
/// the default one dated 2026, holds cards handed over later).
/// </summary>
public sealed class ResidentPicker
{
    public const int Attempts = 96;

    private readonly IPopulationView population;
    private readonly ulong multiplier;
    private readonly ulong offset;
    private readonly ulong size;
    private readonly ulong attemptStride;

    public ResidentPicker(IPopulationView population, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfLessThan(population.Size, 1);
        this.population = population;
        size = (ulong)population.Size;
        ulong m = (Mix64.Hash(seed, 0, 7) % size) | 1;
        while (Gcd(m, size) != 1) m += 2;
        multiplier = m % size == 0 ? 1 : m;
        offset = Mix64.Hash(seed, 1, 7) % size;
        attemptStride = Math.Max(1, size / 97);
    }

    public long Pick(long sequence, ResidentCriterion criterion, DateOnly today)
    {
        long candidate = 0;
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            candidate = Candidate(sequence, attempt);
            if (Fits(candidate, criterion, today)) return candidate;
        }
        return candidate;
    }

    private long Candidate(long sequence, int attempt)
    {
        ulong x = ((ulong)sequence + (ulong)attempt * attemptStride) % size;
        return (long)((UInt128)x * multiplier % size + offset) % (long)size;
    }

    private bool Fits(long index, ResidentCriterion criterion, DateOnly today)
    {
        if (population.BirthDate(index) > today) return false;
        return criterion switch
        {
            ResidentCriterion.CardHolder => population.CardIssuedOn(index) is { } issued && issued <= today,
            ResidentCriterion.NonHolder => !population.HoldsCard(index),
            ResidentCriterion.RenewalDue => population.CertificateRenewalOpens(index) is { } opens && opens <= today && today < opens.AddMonths(3),
            _ => true,
        };
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
