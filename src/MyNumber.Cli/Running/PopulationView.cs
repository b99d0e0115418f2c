using System.Globalization;
using System.Numerics;
using MyNumber.Contracts.Cards;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Population;
using MyNumber.Jpki.Authority;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Cli.Running;

/// <summary>The procedural population as the harness sees it: the generator's pure functions, no grain calls.</summary>
public sealed class PopulationView(PopulationGenerator population) : IPopulationView
{
    public long Size => population.Settings.Size;

    public bool HoldsCard(long index) => population.Exists(index) && population.Resident(index).HoldsCard;

    public DateOnly BirthDate(long index) => population.Resident(index).BirthDate;

    public DateOnly? CardIssuedOn(long index) => population.Exists(index) ? population.Resident(index).CardIssuedOn : null;

    public HandoverPins Pins(long index)
    {
        var (signing, four) = population.Pins(index);
        return HandoverPins.Of(signing, four);
    }

    /// <summary>The generation-0 card's certificates as the generator made them (renewed whenever they ran out before the population's as-of day).</summary>
    public DateOnly? CertificateRenewalOpens(long index)
    {
        if (!population.Exists(index)) return null;
        var r = population.Resident(index);
        if (!r.HoldsCard || r.CardIssuedOn is not { } issued) return null;
        var holder = new HolderFacts(r.Name, r.Address, r.BirthDate, r.Female, r.Japanese, r.StayEnds);
        var cardExpires = ValidityRules.CardExpires(r.BirthDate, issued, r.StayEnds);
        var last = population.AsOf < cardExpires ? population.AsOf : cardExpires;
        var certificateIssued = issued;
        while (CardStanding.CertificateExpires(holder, certificateIssued) is var ends && ends < last)
            certificateIssued = ValidityRules.RenewalOpens(ends);
        return ValidityRules.RenewalOpens(CardStanding.CertificateExpires(holder, certificateIssued));
    }

    /// <summary>The serial layout is kind (8 bits) | card index (40 bits) | generation (16 bits); the card index is the resident's.</summary>
    public long? HolderOfSerial(string serial)
    {
        if (!BigInteger.TryParse(serial, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value.Sign <= 0) return null;
        return (long)((value >> 16) & CertificateSerial.MaxCardIndex);
    }
}
