using System.Security.Cryptography;
using System.Text;
using MyNumber.Contracts.Cards;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Residents;

namespace MyNumber.Grains.Population;

/// <summary>
/// The card a generated resident holds before anything happened to it: generation 0, handed over on the
/// generated issue date with the generated PINs, certificates renewed whenever they ran out while the
/// card was valid (sequence numbers count up). Pure, like the resident it comes from.
/// </summary>
public static class PopulationCards
{
    public static CardState? InitialCard(PopulationGenerator population, long index, int generation, string cardKey)
    {
        if (generation != 0 || !population.Exists(index)) return null;
        var resident = population.Resident(index);
        if (!resident.HoldsCard || resident.CardIssuedOn is not { } issued) return null;
        var holder = new HolderFacts(resident.Name, resident.Address, resident.BirthDate, resident.Female,
            resident.Japanese, resident.StayEnds);
        var signs = !resident.FaceAuthenticationCard && ValidityRules.GetsSigningCertificate(resident.BirthDate, issued);
        var pins = resident.FaceAuthenticationCard ? PinSet.FaceAuthentication() : ChosenPins(population, index, cardKey, signs);
        var expires = ValidityRules.CardExpires(resident.BirthDate, issued, resident.StayEnds);

        // Certificates run out before the card (5th vs 10th birthday); a holder renews them when renewal opens.
        var certIssued = issued;
        var sequence = 1;
        var last = PopulationGenerator.ReferenceDate < expires ? PopulationGenerator.ReferenceDate : expires;
        while (CardStanding.CertificateExpires(holder, certIssued) is var ends && ends < last)
        {
            certIssued = ValidityRules.RenewalOpens(ends);
            sequence += 2;
        }

        return new CardState(
            CardStatus.Active, holder, resident.FaceAuthenticationCard, issued.AddDays(-30), issued, expires,
            StoredPins.FromDomain(pins), LastSequence: sequence + 1,
            UserSequence: sequence, UserIssuedOn: certIssued,
            SigningSequence: signs ? sequence + 1 : null, SigningIssuedOn: signs ? certIssued : null,
            SigningRevoked: false, LapseReason: null);
    }

    /// <summary>A card's PIN salt: derived from its key, so generated state needs no stored randomness.</summary>
    public static byte[] SaltFor(string cardKey, int resets) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{cardKey}#{resets}"))[..PinHash.SaltLength];

    private static PinSet ChosenPins(PopulationGenerator population, long index, string cardKey, bool signs)
    {
        var (signing, four) = population.Pins(index);
        var chosen = PinSet.Choose(signs ? signing : "", four, four, four, SaltFor(cardKey, 0));
        return chosen.IsAccepted
            ? chosen.State
            : throw new InvalidOperationException($"population PINs of {cardKey} do not have the R-PIN-1 format");
    }
}
