using System.Globalization;
using MyNumber.CardEmulator;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Population;
using MyNumber.Jpki.Authority;

namespace MyNumber.Cli.Cards;

/// <summary>
/// A virtual My Number Card that the fleet trusts: resident i's first card as the procedural population
/// made it, with certificates issued by the fleet's JPKI authority (same seed, same settings, so the bytes
/// are those the fleet's signers issue for that card) and the card key the fleet's key pool holds for it.
/// PINs are the population's; the emulator keeps them on the chip and nothing here prints them.
/// </summary>
public static class FleetCard
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>The profile of resident <paramref name="index"/>'s generation-0 card, or an exception saying why there is none.</summary>
    public static VirtualCardProfile ForResident(PopulationGenerator population, JpkiServices jpki, long index)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(jpki);
        if (!population.Exists(index))
            throw new ArgumentException($"--resident: {index} is outside the population (0 to {population.Settings.Size - 1})");
        var card = PopulationCards.InitialCard(population, index, 0, FleetKeys.Card(index, 0))
            ?? throw new ArgumentException($"--resident: resident {index} holds no card");
        if (card.FaceAuthenticationOnly || card.Holder is not { } holder || card.UserSequence is not { } userSequence || card.UserIssuedOn is not { } userIssued)
            throw new ArgumentException($"--resident: resident {index} holds a face-authentication card (no PINs, no keys to use)");

        var key = jpki.CardKeys.KeyFor(index);
        var authority = jpki.Authority;
        var user = authority.IssueUserAuthenticationCertificate(key.PublicKeyInfo,
            JpkiServices.Serial(CertificateUse.UserAuthentication, index, CardCertificates.SerialSequence(0, userSequence)),
            Start(userIssued), End(holder, userIssued));
        // A card issued before the 15th birthday has no signing certificate: its file stays empty.
        var signing = card.SigningSequence is { } signingSequence && card.SigningIssuedOn is { } signingIssued
            ? authority.IssueSigningCertificate(key.PublicKeyInfo,
                new BasicFacts(holder.Name, holder.Address, holder.BirthDate, holder.Female ? Sex.Female : Sex.Male),
                JpkiServices.Serial(CertificateUse.Signing, index, CardCertificates.SerialSequence(0, signingSequence)),
                Start(signingIssued), End(holder, signingIssued)).Der
            : [];
        var (signingPin, fourDigits) = population.Pins(index);
        return new VirtualCardProfile(
            user.Der, authority.UserAuthenticationCa.Certificate.GetEncoded(),
            signing, authority.SigningCa.Certificate.GetEncoded(),
            key.PrivateKey, key.PrivateKey,
            fourDigits, signing.Length > 0 ? signingPin : "UNUSED0", fourDigits,
            population.NumberOf(index).RevealDigits(), holder.Name, holder.Address,
            holder.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture), holder.Female ? "2" : "1");
    }

    /// <summary>
    /// The first resident from <paramref name="from"/> on whose card a clinic can use by PIN: an adult's PIN
    /// card with both certificates valid two years past the reference date, registered as an insurance card.
    /// </summary>
    public static long FirstUsableResident(PopulationGenerator population, long from = 0)
    {
        ArgumentNullException.ThrowIfNull(population);
        for (var i = Math.Max(0, from); population.Exists(i); i++)
        {
            var r = population.Resident(i);
            if (!r.HoldsCard || r.FaceAuthenticationCard || !r.InsuranceRegistered || !r.Japanese) continue;
            // Valid for a while past the population's reference date, so a fleet clock running now still accepts it.
            var lasts = PopulationGenerator.ReferenceDate.AddYears(2);
            if (PopulationCards.InitialCard(population, i, 0, FleetKeys.Card(i, 0)) is
                { SigningSequence: not null, Status: CardStatus.Active, Holder: { } h, UserIssuedOn: { } issued, ExpiresOn: { } expires }
                && expires > lasts && CardStanding.CertificateExpires(h, issued) > lasts)
            {
                return i;
            }
        }

        throw new InvalidOperationException("the population has no resident with a usable PIN card");
    }

    private static DateTimeOffset Start(DateOnly issuedOn) => new(issuedOn.ToDateTime(TimeOnly.MinValue), Japan);

    private static DateTimeOffset End(HolderFacts holder, DateOnly issuedOn) =>
        new(CardStanding.CertificateExpires(holder, issuedOn).ToDateTime(new TimeOnly(23, 59, 59)), Japan);
}
