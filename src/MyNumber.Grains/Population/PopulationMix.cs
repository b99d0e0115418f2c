namespace MyNumber.Grains.Population;

/// <summary>
/// The shares the generator draws with: the national defaults, or a scenario's population mix from
/// <see cref="PopulationSettings"/>. Defaults are kept as literals so that a fleet without a mix draws
/// exactly the residents it always did.
/// </summary>
internal sealed record PopulationMix(
    double[]? AgeShares,
    double JapaneseShare,
    double ChildCardShare,
    double AdultCardShare,
    double FaceAuthenticationShare,
    double SmartphoneShare,
    double InsuranceRegisteredShare,
    double? RenewalShare)
{
    /// <summary>Share of children among card holders relative to adults (national: 55 % vs 82 %).</summary>
    private const double ChildToAdultHolding = 0.55 / 0.82;

    /// <summary>Holders whose card ran out mostly renewed it; the rest hold an expired card (calibration.md §3, trouble reports).</summary>
    private const double Renews = 0.9;

    private static readonly (int Min, int Max)[] Bands = [(0, 14), (15, 17), (18, 64), (65, 100)];

    public static PopulationMix From(PopulationSettings s)
    {
        double[]? ages = (s.Under15Share, s.From15To17Share, s.From18To64Share, s.From65Share) switch
        {
            (null, null, null, null) => null,
            ({ } a, { } b, { } c, { } d) when a >= 0 && b >= 0 && c >= 0 && d >= 0 && a + b + c + d > 0 => [a, b, c, d],
            _ => throw new InvalidOperationException(
                "Population: Under15Share, From15To17Share, From18To64Share and From65Share go together (all four, none negative)"),
        };
        var (child, adult) = s.CardHolderShare is { } holding ? CardShares(holding, ages) : (0.55, 0.82);
        var custom = ages is not null || s.CardHolderShare is not null || s.ForeignShare is not null
            || s.FaceAuthenticationShare is not null || s.SmartphoneShare is not null || s.InsuranceRegisteredShare is not null;
        return new PopulationMix(
            ages,
            s.ForeignShare is { } foreign ? Share(1 - foreign, nameof(s.ForeignShare)) : 0.973,
            child,
            adult,
            s.FaceAuthenticationShare is { } face ? Share(face, nameof(s.FaceAuthenticationShare)) : 0.005,
            // The smartphone share is of all holders; face-authentication cards carry no certificate for it.
            s.SmartphoneShare is { } phone ? Share(Math.Min(1, phone / Math.Max(1e-9, 1 - (s.FaceAuthenticationShare ?? 0.005))), nameof(s.SmartphoneShare)) : 0.10,
            s.InsuranceRegisteredShare is { } insured ? Share(insured, nameof(s.InsuranceRegisteredShare)) : 0.80,
            custom || s.AsOf is not null ? Renews : null);
    }

    /// <summary>The age band (minimum and maximum age) a uniform draw falls in.</summary>
    public (int Min, int Max) AgeBand(double unit)
    {
        if (AgeShares is null) return unit < 0.115 ? (0, 14) : unit < 0.71 ? (15, 64) : (65, 100);
        var total = AgeShares.Sum();
        var cumulative = 0.0;
        for (var i = 0; i < Bands.Length - 1; i++)
        {
            cumulative += AgeShares[i] / total;
            if (unit < cumulative) return Bands[i];
        }

        return Bands[^1];
    }

    /// <summary>Children hold cards less often than adults; both scale so that all residents hold <paramref name="holding"/>.</summary>
    private static (double Child, double Adult) CardShares(double holding, double[]? ages)
    {
        Share(holding, nameof(PopulationSettings.CardHolderShare));
        var children = ages is null ? 0.115 : ages[0] / ages.Sum();
        var adult = holding / ((children * ChildToAdultHolding) + (1 - children));
        return adult <= 1 ? (adult * ChildToAdultHolding, adult) : (Math.Min(1, (holding - (1 - children)) / children), 1);
    }

    private static double Share(double value, string name) => value is >= 0 and <= 1
        ? value
        : throw new InvalidOperationException($"Population:{name} must lie between 0 and 1 (was {value})");
}
