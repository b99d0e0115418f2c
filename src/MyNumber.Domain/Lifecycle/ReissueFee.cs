namespace MyNumber.Domain.Lifecycle;

/// <summary>R-LOSS-3: the reissue fee in yen.</summary>
public static class ReissueFee
{
    public const int WithCertificates = 1_000;
    public const int WithoutCertificates = 800;

    public static int For(ReissueReason reason, bool withCertificates) =>
        reason != ReissueReason.HolderAtFault ? 0 : withCertificates ? WithCertificates : WithoutCertificates;
}
