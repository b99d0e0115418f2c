namespace MyNumber.Domain;

/// <summary>
/// A stable, dotted, lower-case code such as <c>pin.locked</c> or <c>kiosk.outside-hours</c>. Codes are
/// part of the product's reports and recorded run logs, so an existing code is never renamed.
/// </summary>
public readonly record struct ReasonCode
{
    public ReasonCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    public string Code { get; }

    public override string ToString() => Code;
}
