using System.Text;
using MyNumber.SmartCard.Jpki;

namespace MyNumber.CardEmulator;

/// <summary>Builds the applications and files of a My Number Card from a profile (jpki-card.md §1–2).</summary>
internal static class CardLayout
{
    public const int SigningPinTries = 5;
    public const int FourDigitPinTries = 3;

    public static IReadOnlyList<CardApplication> Build(VirtualCardProfile profile)
    {
        var authPin = new PinSlot(Encoding.ASCII.GetBytes(profile.UserPin), FourDigitPinTries);
        var signPin = new PinSlot(Encoding.ASCII.GetBytes(profile.SigningPin.ToUpperInvariant()), SigningPinTries);
        var infoPin = new PinSlot(Encoding.ASCII.GetBytes(profile.CardInfoPin), FourDigitPinTries);
        var jpki = new CardApplication(MyNumberCardAids.Jpki.ToArray(),
        [
            new BinaryFile(JpkiFileIds.SigningCertificate, profile.SigningCertificate, signPin),
            new BinaryFile(JpkiFileIds.SigningCaCertificate, profile.SigningCaCertificate),
            new BinaryFile(JpkiFileIds.TokenInfo, Encoding.ASCII.GetBytes(profile.TokenName.PadRight(32))),
            new BinaryFile(JpkiFileIds.AuthenticationCertificate, profile.AuthenticationCertificate),
            new BinaryFile(JpkiFileIds.AuthenticationCaCertificate, profile.AuthenticationCaCertificate),
            new KeyFile(JpkiFileIds.AuthenticationKey, new CardSigner(profile.AuthenticationKey), authPin),
            new PinFile(JpkiFileIds.AuthenticationPin, authPin),
            new KeyFile(JpkiFileIds.SigningKey, new CardSigner(profile.SigningKey), signPin),
            new PinFile(JpkiFileIds.SigningPin, signPin),
        ]);
        var cardInfo = new CardApplication(MyNumberCardAids.CardInfoInput.ToArray(),
        [
            new BinaryFile(CardInfoInputFileIds.MyNumber, CardInfoEncoder.MyNumber(profile.MyNumber), infoPin),
            new BinaryFile(CardInfoInputFileIds.BasicFacts,
                CardInfoEncoder.BasicFacts(profile.Name, profile.Address, profile.BirthDate, profile.Sex), infoPin),
            new BinaryFile(CardInfoInputFileIds.BasicInfo, CardInfoEncoder.BasicInfo()),
            new PinFile(CardInfoInputFileIds.Pin, infoPin),
        ]);
        return [jpki, cardInfo];
    }
}
