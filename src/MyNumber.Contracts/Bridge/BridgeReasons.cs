namespace MyNumber.Contracts.Bridge;

/// <summary>
/// Why the bridge could not get the chip's work done. These are outcomes the harness counts per reason,
/// like the Domain's refusals: a pulled card or a dead reader never stops the fleet.
/// </summary>
public static class BridgeReasons
{
    /// <summary>No attach process serves this resident (never attached, or its subscription ran out).</summary>
    public const string NotAttached = "bridge.not-attached";

    /// <summary>The reader is attached but holds no registered card.</summary>
    public const string NoCard = "bridge.no-card";

    /// <summary>The card was pulled before or during the operation.</summary>
    public const string CardRemoved = "bridge.card-removed";

    /// <summary>The reader or the attach process went away.</summary>
    public const string ReaderGone = "bridge.reader-gone";

    /// <summary>
    /// The PC/SC service (pcscd) on the reader's machine stopped, before or during the operation. The attach
    /// process keeps retrying and registers the card again once the service is back.
    /// </summary>
    public const string ServiceGone = "bridge.service-gone";

    /// <summary>The attach process did not answer in time (a slow PIN entry, a hung reader).</summary>
    public const string Timeout = "bridge.timeout";

    /// <summary>No PIN could be had on the attach side (empty variable, missing file, prompt closed).</summary>
    public const string NoPin = "bridge.no-pin";

    /// <summary>The card's certificate chains neither to the fleet's CA nor to a configured trust anchor.</summary>
    public const string Untrusted = "bridge.untrusted";

    /// <summary>The card's certificate belongs to another resident than the one this bridge serves.</summary>
    public const string WrongResident = "bridge.wrong-resident";

    /// <summary>The chip refused a command for a reason that is not a PIN outcome (its status word follows).</summary>
    public const string CardRefused = "bridge.card-refused";
}
