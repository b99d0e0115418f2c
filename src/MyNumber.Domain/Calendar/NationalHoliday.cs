namespace MyNumber.Domain.Calendar;

/// <summary>One national holiday (国民の祝日 or 休日) with its English name as the Cabinet Office gives it.</summary>
public sealed record NationalHoliday(DateOnly Date, string Name);
