using MyNumber.Jpki.Revocation;

namespace MyNumber.Jpki.Verification;

/// <summary>Asks the revocation shards for a certificate's status at simulated time <paramref name="at"/>.</summary>
public delegate CertificateStatus RevocationLookup(CertificateIdentity certificate, DateTimeOffset at);
