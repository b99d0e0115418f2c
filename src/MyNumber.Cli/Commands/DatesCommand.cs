using System.CommandLine;
using MyNumber.Domain.Validity;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber dates --birth D --issued D [--foreign [--stay-until D]] [--json]</c>: card and certificate
/// expiry, when renewal opens, and the notice date (R-VAL-1..9).
/// </summary>
public static class DatesCommand
{
    public static Command Create()
    {
        var birth = CliInput.Date("--birth", "Date of birth (YYYY-MM-DD).", required: true);
        var issued = CliInput.Date("--issued", "Day the card was handed over (YYYY-MM-DD).", required: true);
        var foreign = new Option<bool>("--foreign") { Description = "The holder is a foreign resident." };
        var stayUntil = CliInput.Date("--stay-until", "Last day of a foreign resident's fixed period of stay (with --foreign).", required: false);
        var json = CliInput.Json();
        var command = new Command("dates", "Card and certificate expiry, renewal windows and notice date for a card issued on a given day.")
        {
            birth, issued, foreign, stayUntil, json,
        };
        command.SetAction(parse =>
        {
            // Checks across options run here, after each option parsed cleanly on its own.
            var (b, i, s) = (parse.GetValue(birth)!.Value, parse.GetValue(issued)!.Value, parse.GetValue(stayUntil));
            var problem = i < b ? $"--issued: {i:yyyy-MM-dd} is before --birth {b:yyyy-MM-dd}"
                : s is not null && !parse.GetValue(foreign) ? "--stay-until: only applies with --foreign"
                : s is { } end && end < i ? $"--stay-until: {end:yyyy-MM-dd} is before --issued {i:yyyy-MM-dd}"
                : null;
            if (problem is not null)
            {
                parse.InvocationConfiguration.Error.WriteLine("mynumber: " + problem);
                return CliApp.UsageError;
            }
            var dates = CardDates.For(b, i, s);
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(json) ? Json(dates) : Text(dates));
            return 0;
        });
        return command;
    }

    private static string Json(CardDates d) => CliJson.Serialize(new
    {
        cardExpires = d.CardExpires,
        signingCertificateExpires = d.SigningCertificateExpires,
        userCertificateExpires = d.UserCertificateExpires,
        cardRenewalOpens = d.CardRenewalOpens,
        certificateRenewalOpens = d.CertificateRenewalOpens,
        noticeDate = d.NoticeDate,
    });

    private static string Text(CardDates d)
    {
        var signing = d.SigningCertificateExpires is { } s
            ? $"{s:yyyy-MM-dd}  (renewal from {d.CertificateRenewalOpens:yyyy-MM-dd})"
            : "none  (not issued under 15)";
        var notice = d.NoticeDate is { } n ? $"{n:yyyy-MM-dd}" : "none  (not sent for a fixed period of stay)";
        return string.Join(Environment.NewLine,
            $"Card expires                 {d.CardExpires:yyyy-MM-dd}  (renewal from {d.CardRenewalOpens:yyyy-MM-dd})",
            $"Signing certificate expires  {signing}",
            $"User certificate expires     {d.UserCertificateExpires:yyyy-MM-dd}  (renewal from {d.CertificateRenewalOpens:yyyy-MM-dd})",
            $"Renewal notice               {notice}");
    }
}
