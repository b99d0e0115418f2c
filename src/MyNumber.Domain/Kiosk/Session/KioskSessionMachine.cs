using static MyNumber.Domain.Kiosk.Session.KioskEvent;

namespace MyNumber.Domain.Kiosk.Session;

/// <summary>
/// R-KIOSK-11 (card path) and R-KIOSK-12 (smartphone path) as <c>(session, event) -> (session', outcome)</c>.
/// An event at the wrong step is refused with <see cref="KioskReasons.StepOutOfOrder"/> and changes nothing;
/// a refusal on a screen (wrong PIN, counter-only certificate, too little money) leaves the holder on that
/// screen. Eligibility of the holder's records is <see cref="StoreIssuance"/>, checked by the caller before ⑩.
/// </summary>
public static class KioskSessionMachine
{
    /// <summary>A session started at <paramref name="localTime"/>; refused and ended outside kiosk hours.</summary>
    public static Transition<KioskSession> Start(DateTime localTime)
    {
        var session = new KioskSession { StartedAt = localTime };
        var open = KioskHours.CheckOpen(localTime);
        return open.IsAccepted
            ? Transition.Accept(session)
            : new Transition<KioskSession>(session with { Step = KioskStep.Ended }, open);
    }

    public static Transition<KioskSession> Apply(KioskSession session, KioskEvent e)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(e);
        if (session.IsOver) return Transition.Refuse(session, KioskReasons.SessionEnded);
        if (e is Cancelled)
        {
            return session.Step is KioskStep.Print or KioskStep.TakeReceipt
                ? Transition.Refuse(session, KioskReasons.StepOutOfOrder)
                : Transition.Accept(session with { Step = KioskStep.Ended });
        }

        return (session.Step, e) switch
        {
            (KioskStep.ChooseService, ServiceChosen) => Next(session, KioskStep.PlaceCredential),
            (KioskStep.PlaceCredential, CredentialPlaced placed) =>
                Transition.Accept(session with { Step = KioskStep.ChooseIssuingMunicipality, Credential = placed.Kind }),
            (KioskStep.ChooseIssuingMunicipality, IssuingMunicipalityChosen chosen) =>
                Transition.Accept(session with { Step = KioskStep.EnterPin, IssuingMunicipality = chosen.Municipality }),
            (KioskStep.EnterPin, PinEntered pin) => OnPin(session, pin),
            (KioskStep.RemoveCredential, CredentialRemoved) => Next(session,
                session.Credential == KioskCredentialKind.Smartphone ? KioskStep.ChooseRegion : KioskStep.ChooseCertificate),
            (KioskStep.ChooseRegion, RegionChosen region) =>
                Transition.Accept(session with { Step = KioskStep.ChoosePrefecture, Region = region.Region }),
            (KioskStep.ChoosePrefecture, PrefectureChosen prefecture) => OnPrefecture(session, prefecture),
            (KioskStep.ChooseKanaRow, KanaRowChosen row) =>
                Transition.Accept(session with { Step = KioskStep.ChooseMunicipality, Row = row.Row }),
            (KioskStep.ChooseMunicipality, MunicipalityChosen municipality) => municipality.OffersSmartphoneIssuance
                ? Transition.Accept(session with
                {
                    Step = KioskStep.ChooseCertificate, ResidenceMunicipality = municipality.Municipality,
                })
                : Transition.Refuse(session, KioskReasons.NoSmartphoneIssuance),
            (KioskStep.ChooseCertificate, CertificateChosen chosen) => OnCertificate(session, chosen.Kind),
            (KioskStep.ChooseIssuance, IssuanceChosen issuance) =>
                Transition.Accept(session with { Step = KioskStep.ChoosePrintedItems, Issuance = issuance.Issuance }),
            (KioskStep.ChoosePrintedItems, PrintedItemsChosen items) =>
                Transition.Accept(session with { Step = KioskStep.ChooseCopies, PrintedItems = items.Items }),
            (KioskStep.ChooseCopies, CopiesChosen copies) => OnCopies(session, copies.Copies),
            (KioskStep.Confirm, Confirmed) => Next(session, KioskStep.Pay),
            (KioskStep.Pay, FeePaid paid) => paid.Yen >= session.AmountDue
                ? Next(session, KioskStep.Print)
                : Transition.Refuse(session, KioskReasons.InsufficientPayment),
            (KioskStep.Print, Printed) => Next(session, KioskStep.TakeReceipt),
            (KioskStep.TakeReceipt, ReceiptTaken) => Next(session, KioskStep.Completed),
            _ => Transition.Refuse(session, KioskReasons.StepOutOfOrder),
        };
    }

    private static Transition<KioskSession> Next(KioskSession session, KioskStep step) =>
        Transition.Accept(session with { Step = step });

    private static Transition<KioskSession> OnPin(KioskSession session, PinEntered pin)
    {
        // A locked slot cannot be used at all, so the session ends and the holder must reset the PIN (R-PIN-5).
        if (pin.Locked) return Transition.Refuse(session with { Step = KioskStep.Ended }, KioskReasons.PinLocked);
        return pin.Correct
            ? Next(session, KioskStep.RemoveCredential)
            : Transition.Refuse(session with { WrongPinEntries = session.WrongPinEntries + 1 }, KioskReasons.WrongPin);
    }

    private static Transition<KioskSession> OnPrefecture(KioskSession session, PrefectureChosen chosen) =>
        Prefectures.RegionOf(chosen.Prefecture) is { } region && region == session.Region
            ? Transition.Accept(session with { Step = KioskStep.ChooseKanaRow, Prefecture = chosen.Prefecture })
            : Transition.Refuse(session, KioskReasons.PrefectureNotInRegion);

    private static Transition<KioskSession> OnCertificate(KioskSession session, CertificateKind kind)
    {
        var offered = StoreCatalogue.CheckOffered(kind);
        if (!offered.IsAccepted) return new Transition<KioskSession>(session, offered);
        var hours = KioskHours.CheckFor(kind, session.StartedAt);
        if (!hours.IsAccepted) return new Transition<KioskSession>(session, hours);
        var next = kind == CertificateKind.ResidentRecordCopy ? KioskStep.ChooseIssuance : KioskStep.ChooseCopies;
        return Transition.Accept(session with { Step = next, Certificate = kind });
    }

    private static Transition<KioskSession> OnCopies(KioskSession session, int copies)
    {
        if (copies < 1 || session.Certificate is not { } kind) return Transition.Refuse(session, KioskReasons.InvalidCopies);
        var due = KioskFees.StoreTotal(kind, copies, DateOnly.FromDateTime(session.StartedAt));
        return Transition.Accept(session with { Step = KioskStep.Confirm, Copies = copies, AmountDue = due });
    }
}
