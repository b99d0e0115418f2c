using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Jpki.Authority;
using Orleans.Concurrency;

namespace MyNumber.Grains.Jpki;

/// <summary>
/// Issues certificates with the CA keys of this silo's <see cref="JpkiServices"/>. A stateless worker:
/// issuance scales with silos and cores, and nothing funnels through one activation.
/// </summary>
[StatelessWorker]
[GrainType("jpki-signer")]
public sealed class CertificateSignerGrain(JpkiServices jpki) : Grain, ICertificateSignerGrain
{
    public Task<byte[]> IssueAsync(CertificateOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var serial = JpkiServices.Serial(order.Kind, order.CardIndex, order.Sequence);
        var key = jpki.CardKeys.KeyFor(order.CardIndex).PublicKeyInfo;
        IssuedCertificate issued;
        if (order.Kind == CertificateUse.Signing)
        {
            var h = order.Holder ?? throw new ArgumentException("a signing certificate carries the holder's basic facts", nameof(order));
            var facts = new BasicFacts(h.Name, h.Address, h.BirthDate, h.Female ? Sex.Female : Sex.Male);
            issued = jpki.Authority.IssueSigningCertificate(key, facts, serial, order.NotBefore, order.NotAfter);
        }
        else
        {
            issued = jpki.Authority.IssueUserAuthenticationCertificate(key, serial, order.NotBefore, order.NotAfter);
        }

        return Task.FromResult(issued.Der);
    }
}
