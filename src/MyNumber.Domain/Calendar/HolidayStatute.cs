namespace MyNumber.Domain.Calendar;

/// <summary>
/// The national holidays of one year as the Act on National Holidays (国民の祝日に関する法律, as amended in 2005
/// with effect from 2007) and the special laws set them: the named days (国民の祝日), then substitute holidays
/// (第3条第2項) and citizens' holidays (第3条第3項), which are derived from the named days only.
/// </summary>
internal static class HolidayStatute
{
    /// <summary>2007: Showa Day, Greenery Day on 4 May and today's substitute rule took effect.</summary>
    public const int FirstYear = 2007;

    /// <summary>The equinox approximation's last year.</summary>
    public const int LastYear = EquinoxDays.LastYear;

    public static IReadOnlyList<NationalHoliday> For(int year)
    {
        var named = NamedDays(year);
        var all = new SortedDictionary<DateOnly, string>(named);

        foreach (var (date, _) in named.Where(d => d.Key.DayOfWeek == DayOfWeek.Sunday))
        {
            // 第3条第2項: the nearest following day that is not itself a named holiday.
            var substitute = date.AddDays(1);
            while (named.ContainsKey(substitute)) substitute = substitute.AddDays(1);
            all.TryAdd(substitute, HolidayNames.SubstituteHoliday);
        }

        foreach (var date in named.Keys)
        {
            // 第3条第3項: a day whose eve and morrow are both named holidays. The statute no longer excludes
            // Sundays; under today's dates no Sunday is ever sandwiched (a test checks the covered range).
            var between = date.AddDays(1);
            if (!named.ContainsKey(between) && named.ContainsKey(between.AddDays(1)))
                all.TryAdd(between, HolidayNames.CitizensHoliday);
        }

        return all.Select(d => new NationalHoliday(d.Key, d.Value)).ToArray();
    }

    private static Dictionary<DateOnly, string> NamedDays(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        void Add(int month, int day, string name) => days.Add(new DateOnly(year, month, day), name);
        void AddDate(DateOnly date, string name) => days.Add(date, name);

        Add(1, 1, HolidayNames.NewYearsDay);
        AddDate(NthMonday(year, 1, 2), HolidayNames.ComingOfAgeDay);
        Add(2, 11, HolidayNames.NationalFoundationDay);
        // Emperor's Birthday followed the reigning emperor: 23 Dec (Heisei) until 2018, none in 2019 (the
        // abdication year), 23 Feb (Reiwa) from 2020.
        if (year >= 2020) Add(2, 23, HolidayNames.EmperorsBirthday);
        AddDate(EquinoxDays.Vernal(year), HolidayNames.VernalEquinoxDay);
        Add(4, 29, HolidayNames.ShowaDay);
        Add(5, 3, HolidayNames.ConstitutionMemorialDay);
        Add(5, 4, HolidayNames.GreeneryDay);
        Add(5, 5, HolidayNames.ChildrensDay);
        AddDate(OlympicMove(year, HolidayNames.MarineDay) ?? NthMonday(year, 7, 3), HolidayNames.MarineDay);
        if (year >= 2016) AddDate(OlympicMove(year, HolidayNames.MountainDay) ?? new DateOnly(year, 8, 11), HolidayNames.MountainDay);
        AddDate(NthMonday(year, 9, 3), HolidayNames.RespectForTheAgedDay);
        AddDate(EquinoxDays.Autumnal(year), HolidayNames.AutumnalEquinoxDay);
        // Renamed from 体育の日 to スポーツの日 by the 2018 amendment, effective 2020.
        var sportsName = year >= 2020 ? HolidayNames.SportsDay : HolidayNames.HealthAndSportsDay;
        AddDate(OlympicMove(year, HolidayNames.SportsDay) ?? NthMonday(year, 10, 2), sportsName);
        Add(11, 3, HolidayNames.CultureDay);
        Add(11, 23, HolidayNames.LaborThanksgivingDay);
        if (year <= 2018) Add(12, 23, HolidayNames.EmperorsBirthday);

        if (year == 2019)
        {
            // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (2018): both days count as 国民の祝日,
            // which makes 30 April and 2 May citizens' holidays.
            Add(5, 1, HolidayNames.EnthronementDay);
            Add(10, 22, HolidayNames.EnthronementCeremonyDay);
        }

        return days;
    }

    /// <summary>
    /// The Tokyo 2020 special measures act (amended 2018 and, after the postponement, 2020) moved three days
    /// around the opening and closing ceremonies in 2020 and 2021.
    /// </summary>
    private static DateOnly? OlympicMove(int year, string holiday) => (year, holiday) switch
    {
        (2020, HolidayNames.MarineDay) => new DateOnly(2020, 7, 23),
        (2020, HolidayNames.SportsDay) => new DateOnly(2020, 7, 24),
        (2020, HolidayNames.MountainDay) => new DateOnly(2020, 8, 10),
        (2021, HolidayNames.MarineDay) => new DateOnly(2021, 7, 22),
        (2021, HolidayNames.SportsDay) => new DateOnly(2021, 7, 23),
        (2021, HolidayNames.MountainDay) => new DateOnly(2021, 8, 8),
        _ => null,
    };

    /// <summary>The n-th Monday of a month: the "Happy Monday" days (2000 and 2003 amendments).</summary>
    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + 7 * (n - 1));
    }
}
