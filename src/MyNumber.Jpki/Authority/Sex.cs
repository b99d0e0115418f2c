namespace MyNumber.Jpki.Authority;

/// <summary>Sex as the card records it (性別), ISO 5218 codes, which is how the card's text AP stores it.</summary>
public enum Sex
{
    NotKnown = 0,
    Male = 1,
    Female = 2,
    NotApplicable = 9,
}
