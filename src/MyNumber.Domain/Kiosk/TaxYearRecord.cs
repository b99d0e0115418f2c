namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-6: what the city knows of one fiscal year (年度) of resident tax for the holder: whether they were
/// registered in the city on its assessment date (賦課期日, 1 January) and when they filed, if they did.
/// </summary>
public sealed record TaxYearRecord(int FiscalYear, bool RegisteredOnJanuaryFirst, DateOnly? FiledOn);
