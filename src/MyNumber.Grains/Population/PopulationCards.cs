using System.Security.Cryptography;
using System.Text;
using MyNumber.Contracts.Cards;
using MyNumber.Domain;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Cards;
using CardState = MyNumber.Grains.Cards.CardState;

namespace MyNumber.Grains.Population;

/// <summary>
/// The card a generated resident holds before anything happened to it: generation 0, applied for 30 days
/// before the generated issue date and handed over then with the generated PINs, certificates renewed on
/// the day renewal opened whenever they ran out while the card was valid, all through the Domain's
/// <see cref="CardLifecycle"/>. Pure, like the resident it comes from.
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

        var appliedOn = issued.AddDays(-30) is var month && month > resident.BirthDate ? month : resident.BirthDate;
        var applied = Card.Apply(CardRecords.HolderOf(holder), appliedOn);
        var stored = CardRecords.From(applied, CardState.None with { Holder = holder, FaceAuthenticationOnly = resident.FaceAuthenticationCard });
        var card = Must(CardLifecycle.Apply(applied, new CardEvent.MarkReady(), issued), cardKey);
        card = Must(CardLifecycle.Apply(card, new CardEvent.HandOver(pins), issued), cardKey);
        stored = CardRecords.From(card, stored);

        // Certificates run out before the card (5th vs 10th birthday); a holder renews them when renewal opens.
        var last = population.AsOf < card.Expires!.Value ? population.AsOf : card.Expires.Value;
        while (card.UserAuthentication.Expires is { } ends && ends < last)
        {
            card = Must(CardLifecycle.Apply(card, new CardEvent.RenewCertificates(true, true), ValidityRules.RenewalOpens(ends)), cardKey);
            stored = CardRecords.From(card, stored);
        }

        return stored;
    }

    /// <summary>A card's PIN salt: derived from its key, so generated state needs no stored randomness.</summary>
    public static byte[] SaltFor(string cardKey, int resets) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{cardKey}#{resets}"))[..PinHash.SaltLength];

    private static Card Must(Transition<Card> step, string cardKey) => step.IsAccepted
        ? step.State
        : throw new InvalidOperationException($"the generated history of {cardKey} breaks a rule: {step.Outcome}");

    private static PinSet ChosenPins(PopulationGenerator population, long index, string cardKey, bool signs)
    {
        var (signing, four) = population.Pins(index);
        var chosen = PinSet.Choose(signs ? signing : "", four, four, four, SaltFor(cardKey, 0));
        return chosen.IsAccepted
            ? chosen.State
            : throw new InvalidOperationException($"population PINs of {cardKey} do not have the R-PIN-1 format");
    }
}
