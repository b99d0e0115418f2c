namespace MyNumber.SmartCard.Jpki;

/// <summary>
/// What the card-info-input application (券面事項入力補助AP) holds: My Number and the 4 basic facts
/// (基本4情報). <see cref="ToString"/> masks My Number, so a log line never carries all 12 digits.
/// </summary>
public sealed record CardInfoInput(string MyNumber, string Name, string Address, string BirthDate, string Sex)
{
    public string MaskedMyNumber => MyNumber.Length <= 4 ? new string('*', MyNumber.Length) : new string('*', MyNumber.Length - 4) + MyNumber[^4..];

    public override string ToString() => $"CardInfoInput {{ MyNumber = {MaskedMyNumber}, Name = {Name}, BirthDate = {BirthDate}, Sex = {Sex} }}";
}
