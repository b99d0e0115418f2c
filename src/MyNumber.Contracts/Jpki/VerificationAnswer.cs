namespace MyNumber.Contracts.Jpki;

/// <summary>A relying party's verification: <c>ok</c> or the reason code (e.g. <c>cert.revoked</c>).</summary>
[GenerateSerializer, Immutable, Alias("mn.VerificationAnswer")]
public sealed record VerificationAnswer([property: Id(0)] string Reason, [property: Id(1)] string? Serial)
{
    public const string Ok = "ok";

    public bool Valid => Reason == Ok;
}
