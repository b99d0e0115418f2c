using System.Globalization;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Jpki;
using DomainSlot = MyNumber.Domain.Pins.PinSlot;

namespace MyNumber.Grains.Cards;

/// <summary>A card's state as clients see it: counters and locks per slot, serials, no PIN material.</summary>
public static class CardSnapshots
{
    public static CardSnapshot Of(string key, long index, int generation, CardState c)
    {
        var pins = c.Pins;
        var certsExpire = c.UserCertificate?.Expires;
        return new CardSnapshot(key, c.Status, c.IssuedOn, c.ExpiresOn, c.FaceAuthenticationOnly,
            pins is null ? new int[4] : pins.Failures.Select(f => (int)f).ToArray(),
            pins is null ? new bool[4] : Enumerable.Range(0, 4).Select(i => pins.Slot((DomainSlot)i).IsLocked).ToArray(),
            Serial(CertificateUse.Signing, index, generation, c.SigningSequence),
            Serial(CertificateUse.UserAuthentication, index, generation, c.UserSequence),
            certsExpire, c.SigningRevoked, c.Notice?.SentOn, c.Notice?.Count ?? 0);
    }

    private static string? Serial(CertificateUse use, long index, int generation, int? sequence) =>
        sequence is { } s && index >= 0
            ? JpkiServices.Serial(use, index, CardCertificates.SerialSequence(generation, s)).ToString(CultureInfo.InvariantCulture)
            : null;
}
