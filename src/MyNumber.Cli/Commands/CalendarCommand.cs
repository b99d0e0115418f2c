using System.CommandLine;
using MyNumber.Domain.Calendar;
using MyNumber.Domain.Kiosk;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber calendar &lt;year&gt; [--json]</c>: every day of the year with its national holiday, whether
/// counters are open (business day) and whether store kiosks are open. Operators plan staffing with it.
/// </summary>
public static class CalendarCommand
{
    public static Command Create()
    {
        var year = new Argument<int>("year")
        {
            Description = $"The year ({JapaneseCalendar.FirstYear}–{JapaneseCalendar.LastYear}).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"year: '{text}' is not a year");
                    return 0;
                }
                if (value is < JapaneseCalendar.FirstYear or > JapaneseCalendar.LastYear)
                    result.AddError($"year: {value} is outside the calendar's range {JapaneseCalendar.FirstYear}–{JapaneseCalendar.LastYear}");
                return value;
            },
        };
        var json = CliInput.Json();
        var command = new Command("calendar", "Every day of a year: national holiday, business day (counters open), store kiosks open.")
        {
            year, json,
        };
        command.SetAction(parse =>
        {
            var days = Days(parse.GetValue(year));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(days.Select(d => new { date = d.Date, holiday = d.Holiday, businessDay = d.BusinessDay, kioskOpen = d.KioskOpen })));
                return 0;
            }
            output.WriteLine("date        day  business  kiosk  holiday");
            foreach (var d in days)
                output.WriteLine($"{d.Date:yyyy-MM-dd}  {d.Date.DayOfWeek.ToString()[..3]}  {(d.BusinessDay ? "open  " : "closed")}    {(d.KioskOpen ? "open  " : "closed")} {d.Holiday}".TrimEnd());
            return 0;
        });
        return command;
    }

    private static List<CalendarDay> Days(int year)
    {
        var days = new List<CalendarDay>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            days.Add(new CalendarDay(day, JapaneseCalendar.HolidayName(day), JapaneseCalendar.IsBusinessDay(day), KioskHours.IsOpenOn(day)));
        return days;
    }

    private sealed record CalendarDay(DateOnly Date, string? Holiday, bool BusinessDay, bool KioskOpen);
}
