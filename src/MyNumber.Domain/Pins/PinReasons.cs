namespace MyNumber.Domain.Pins;

/// <summary>Reason codes of the PIN rules (R-PIN-*).</summary>
public static class PinReasons
{
    /// <summary>R-PIN-1: the new PIN does not have the slot's format.</summary>
    public static readonly ReasonCode Format = new("pin.format");

    /// <summary>R-PIN-2: wrong PIN (the slot's counter went up).</summary>
    public static readonly ReasonCode Wrong = new("pin.wrong");

    /// <summary>R-PIN-2: the slot is locked and refuses even the right PIN.</summary>
    public static readonly ReasonCode Locked = new("pin.locked");

    /// <summary>The slot has no PIN (e.g. no signing certificate under 15).</summary>
    public static readonly ReasonCode NotSet = new("pin.not-set");

    /// <summary>R-PIN-6: a face-authentication card has no PINs.</summary>
    public static readonly ReasonCode FaceAuthenticationCard = new("pin.face-auth-card");

    /// <summary>R-PIN-3: a counter reset needs the card and one more identity document.</summary>
    public static readonly ReasonCode CounterNeedsCardAndDocument = new("pin.counter-needs-card-and-document");

    /// <summary>R-PIN-4: the smartphone step's face match failed.</summary>
    public static readonly ReasonCode FaceMatchFailed = new("pin.face-match-failed");

    /// <summary>R-PIN-4: no reservation from the smartphone step, or it is older than 24 hours.</summary>
    public static readonly ReasonCode NoValidReservation = new("pin.reset-not-reserved");

    /// <summary>R-PIN-5: kiosk PIN resets only 06:30–23:00.</summary>
    public static readonly ReasonCode OutsideKioskHours = new("pin.outside-kiosk-hours");
}
