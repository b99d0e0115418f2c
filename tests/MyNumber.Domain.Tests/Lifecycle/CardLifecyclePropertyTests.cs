using FsCheck.Xunit;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Tests.Pins;

namespace MyNumber.Domain.Tests.Lifecycle;

/// <summary>Random event sequences: the state machine never throws, and ended cards stay ended.</summary>
public sealed class CardLifecyclePropertyTests
{
    private static CardEvent EventFor(byte code, DateOnly on) => (code % 21) switch
    {
        0 => new CardEvent.MarkReady(),
        1 => new CardEvent.HandOver(PinFixtures.Standard()),
        2 => new CardEvent.HandOver(PinSet.FaceAuthentication()),
        3 => new CardEvent.ReportLost(code % 2 == 0),
        4 => new CardEvent.ResumeAtCounter(code % 3 != 0),
        5 => new CardEvent.Lapse(),
        6 => new CardEvent.Expire(),
        7 => new CardEvent.RevokeCertificate((CertificateKind)(code % 2), (RevocationReason)(code % 4)),
        8 => new CardEvent.MoveWithinCity(code % 2 == 0),
        9 => new CardEvent.ChangeBasicFact((BasicFact)(code % 3)),
        10 => new CardEvent.RegisterOldSurname(code % 2 == 0),
        11 => new CardEvent.MoveOut(on.AddDays(code % 40), code % 2 == 0),
        12 => new CardEvent.TransferIn(on.AddDays(-(code % 20)), code % 5 != 0),
        13 => new CardEvent.MoveOverseas(on.AddDays(code % 30), code % 2 == 0),
        14 => new CardEvent.UpdateForeignResident((ForeignResidentChange)(code % 3), on.AddDays(-(code % 20)), on.AddYears(1 + code % 4)),
        15 => new CardEvent.Death(),
        16 => new CardEvent.Return(),
        17 => new CardEvent.Reissue((ReissueReason)(code % 3), code % 2 == 0),
        18 => new CardEvent.RenewCertificates(true, code % 4 != 0),
        19 => new CardEvent.RenewCard(true, true),
        _ => new CardEvent.StayRenewalApplied(),
    };

    [Property(DisplayName = "R-LOSS-3: any event sequence is answered without throwing, and a superseded or returned card never comes back", MaxTest = 300)]
    public bool NeverThrowsEndedStaysEnded(byte[] codes, bool foreign, ushort startOffset)
    {
        var on = new DateOnly(2015, 10, 5).AddDays(startOffset % 7000);
        var holder = foreign ? CardHolder.ForeignResident(new DateOnly(1985, 2, 28), on.AddYears(3)) : CardHolder.National(new DateOnly(2008, 2, 29));
        var card = Card.Apply(holder, on);
        foreach (var code in codes ?? [])
        {
            on = on.AddDays(code % 90);
            var ended = card.State is CardState.Superseded or CardState.Returned;
            var before = card.State;
            var next = CardLifecycle.Apply(card, EventFor(code, on), on);
            if (ended && next.State.State != before) return false;
            if (!next.IsAccepted && next.Outcome.Reason is null) return false;
            card = next.State;
            if (code % 7 == 0) card = CardLifecycle.VerifyPin(card, PinSlot.UserAuthentication, "1234", on).State;
        }
        return true;
    }
}
