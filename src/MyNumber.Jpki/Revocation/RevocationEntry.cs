namespace MyNumber.Jpki.Revocation;

/// <summary>A revoked serial's record: from when, and why.</summary>
public readonly record struct RevocationEntry(DateTimeOffset RevokedAt, RevocationReason Reason);
