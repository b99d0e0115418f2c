namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Store kiosks (コンビニ交付): sessions a municipality's certificate server serves at once, the print time
/// per certificate, the service hours (R-KIOSK-2) and store sites per municipality.
/// </summary>
public sealed record KioskCapacity(
    int ConcurrentSessionsPerMunicipality,
    TimeSpan PrintTime,
    TimeOnly Opens,
    TimeOnly Closes,
    double SitesPerMunicipality);
