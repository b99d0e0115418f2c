namespace MyNumber.Contracts.Jpki;

/// <summary>
/// The JPKI authority's issuing side, a stateless worker (many activations per silo, key 0): the CA keys are
/// derived from the fleet's seed on every silo, so no single grain signs for the whole fleet.
/// </summary>
[Alias("mn.ICertificateSignerGrain")]
public interface ICertificateSignerGrain : IGrainWithIntegerKey
{
    /// <summary>The certificate's DER.</summary>
    [Alias("Issue")] Task<byte[]> IssueAsync(CertificateOrder order);
}
