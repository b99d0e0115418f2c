namespace MyNumber.Domain.Calendar;

/// <summary>
/// English names of the national holidays, as the Cabinet Office's English pages give them. They appear in
/// reports and in <c>mynumber calendar --json</c>, so an existing name is never changed.
/// </summary>
public static class HolidayNames
{
    public const string NewYearsDay = "New Year's Day";                       // 元日
    public const string ComingOfAgeDay = "Coming of Age Day";                 // 成人の日
    public const string NationalFoundationDay = "National Foundation Day";    // 建国記念の日
    public const string EmperorsBirthday = "Emperor's Birthday";              // 天皇誕生日
    public const string VernalEquinoxDay = "Vernal Equinox Day";              // 春分の日
    public const string ShowaDay = "Showa Day";                               // 昭和の日
    public const string ConstitutionMemorialDay = "Constitution Memorial Day"; // 憲法記念日
    public const string GreeneryDay = "Greenery Day";                         // みどりの日
    public const string ChildrensDay = "Children's Day";                      // こどもの日
    public const string MarineDay = "Marine Day";                             // 海の日
    public const string MountainDay = "Mountain Day";                         // 山の日
    public const string RespectForTheAgedDay = "Respect for the Aged Day";    // 敬老の日
    public const string AutumnalEquinoxDay = "Autumnal Equinox Day";          // 秋分の日
    public const string HealthAndSportsDay = "Health and Sports Day";         // 体育の日 (until 2019)
    public const string SportsDay = "Sports Day";                             // スポーツの日 (from 2020)
    public const string CultureDay = "Culture Day";                           // 文化の日
    public const string LaborThanksgivingDay = "Labor Thanksgiving Day";      // 勤労感謝の日
    public const string EnthronementDay = "Enthronement Day";                 // 即位の日 (2019-05-01 only)
    public const string EnthronementCeremonyDay = "Enthronement Ceremony Day"; // 即位礼正殿の儀の行われる日 (2019-10-22 only)
    public const string SubstituteHoliday = "Substitute Holiday";             // 振替休日
    public const string CitizensHoliday = "Citizens' Holiday";                // 国民の休日
}
