using MyNumber.Domain.Identity;

namespace MyNumber.Domain.Tests.Identity;

public sealed class ProofOfIdentityTests
{
    private static readonly DateOnly Today = new(2024, 11, 1);
    private static readonly DateOnly Before2020 = new(2019, 4, 1);

    private static Outcome Check(DateOnly on, params IdentityDocument[] kinds) =>
        ProofOfIdentity.Check(kinds.Select(k => new PresentedDocument(k)), on);

    [Fact(DisplayName = "R-ID-1: the card alone proves number and identity")]
    public void CardAlone() => Assert.True(Check(Today, IdentityDocument.MyNumberCard).IsAccepted);

    [Fact(DisplayName = "R-ID-1: resident record with number plus a driving licence is enough")]
    public void RecordAndLicence() =>
        Assert.True(Check(Today, IdentityDocument.ResidentRecordWithNumber, IdentityDocument.DrivingLicence).IsAccepted);

    [Fact(DisplayName = "R-ID-1: two non-photo documents prove identity, one does not")]
    public void TwoNonPhoto()
    {
        Assert.True(Check(Today, IdentityDocument.ResidentRecordWithNumber, IdentityDocument.NonPhotoDocument, IdentityDocument.NonPhotoDocument).IsAccepted);
        Assert.Equal(NumberReasons.NoProofOfIdentity,
            Check(Today, IdentityDocument.ResidentRecordWithNumber, IdentityDocument.NonPhotoDocument).Reason);
    }

    [Fact(DisplayName = "R-ID-1: a number notice proves nothing by itself")]
    public void NoticeProvesNothing()
    {
        Assert.Equal(NumberReasons.NoProofOfNumber, Check(Today, IdentityDocument.NumberNotice, IdentityDocument.Passport).Reason);
        Assert.Equal(NumberReasons.NoProofOfIdentity, Check(Today, IdentityDocument.NumberNotice, IdentityDocument.ResidentRecordWithNumber).Reason);
    }

    [Fact(DisplayName = "R-ID-1: notification card, notice and resident record are never proof of identity")]
    public void NeverB() => Assert.Equal(NumberReasons.NoProofOfIdentity,
        Check(Before2020, IdentityDocument.NotificationCard, IdentityDocument.ResidentRecordWithNumber, IdentityDocument.NumberNotice).Reason);

    [Fact(DisplayName = "R-ID-1: after 2020-05-25 a notification card proves the number only while its details are current")]
    public void NotificationCardAfterAbolition()
    {
        var stale = new[] { new PresentedDocument(IdentityDocument.NotificationCard, DetailsCurrent: false), new PresentedDocument(IdentityDocument.Passport) };
        Assert.Equal(NumberReasons.NoProofOfNumber, ProofOfIdentity.Check(stale, Today).Reason);
        Assert.True(ProofOfIdentity.Check(stale, Before2020).IsAccepted);
        Assert.True(Check(Today, IdentityDocument.NotificationCard, IdentityDocument.Passport).IsAccepted);
    }
}
