namespace MyNumber.Contracts.Cards;

/// <summary>What a card grain holds, for reports and tests. PINs never leave the card.</summary>
[GenerateSerializer, Immutable, Alias("mn.CardSnapshot")]
public sealed record CardSnapshot(
    [property: Id(0)] string CardKey,
    [property: Id(1)] CardStatus Status,
    [property: Id(2)] DateOnly? IssuedOn,
    [property: Id(3)] DateOnly? ExpiresOn,
    [property: Id(4)] bool FaceAuthenticationOnly,
    [property: Id(5)] int[] FailedTries,
    [property: Id(6)] bool[] Locked,
    [property: Id(7)] string? SigningSerial,
    [property: Id(8)] string? UserSerial,
    [property: Id(9)] DateOnly? CertificatesExpireOn,
    [property: Id(10)] bool SigningRevoked,
    [property: Id(11)] DateOnly? RenewalNoticeSentOn = null,
    [property: Id(12)] int RenewalNotices = 0);
