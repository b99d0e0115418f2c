namespace MyNumber.Domain.Uses;

/// <summary>R-PASS-1: the facts of an online passport renewal.</summary>
public sealed record PassportRenewalRequest(
    DateOnly ApplicantBirth,
    DateOnly PassportExpires,
    int VisaSpreadsLeft,
    bool DomicileNameOrSexChanged,
    bool ViaLegalRepresentative,
    bool PaidByCard);
