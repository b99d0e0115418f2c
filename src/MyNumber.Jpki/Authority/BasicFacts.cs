namespace MyNumber.Jpki.Authority;

/// <summary>
/// The four basic facts (基本4情報) a signing certificate carries: name, address, date of birth, sex.
/// A change of any of them revokes the signing certificate (R-CERT-1). No My Number: JPKI certificates never carry it.
/// </summary>
public sealed record BasicFacts(string Name, string Address, DateOnly DateOfBirth, Sex Sex);
