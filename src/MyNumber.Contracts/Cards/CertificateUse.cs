namespace MyNumber.Contracts.Cards;

/// <summary>Which of the card's two keys signs.</summary>
[GenerateSerializer, Alias("mn.CertificateUse")]
public enum CertificateUse
{
    /// <summary>署名用: carries the 4 basic facts, needs the signing PIN.</summary>
    Signing = 0,

    /// <summary>利用者証明用: carries no facts, needs the 4-digit user PIN.</summary>
    UserAuthentication = 1,
}
