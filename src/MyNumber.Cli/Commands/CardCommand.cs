using System.CommandLine;
using System.Globalization;
using MyNumber.CardEmulator;
using MyNumber.Cli.Cards;
using MyNumber.Contracts;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber card emulate [--port 35963] [--resident ID] [--profile local]</c>: a virtual My Number Card
/// in vsmartcard's vpcd reader, issued by the fleet's JPKI authority (the profile's seed and settings) so
/// the fleet trusts it. A named resident's PINs are the population's and are not printed; without one,
/// a generated resident is chosen and its synthetic test PINs are printed, labelled as such.
/// </summary>
public static class CardCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "vpcd's port (35963 is \"Virtual PCD 00 00\", 35964 the next slot).", DefaultValueFactory = _ => VirtualCardHost.DefaultPort };
        var resident = new Option<string?>("--resident") { Description = "The resident whose card to emulate: a population index or resident:INDEX." };
        var profile = new Option<string>("--profile") { Description = "The silo profile whose population and JPKI authority issue the card.", DefaultValueFactory = _ => "local" };
        var emulate = new Command("emulate", "Run a virtual My Number Card on vpcd until Ctrl+C.") { port, resident, profile };
        emulate.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var fleet = FleetProfile.Load(parse.GetValue(profile)!);
            var named = parse.GetValue(resident) is { } text ? ParseResident(text) : (long?)null;
            var index = named ?? FleetCard.FirstUsableResident(fleet.Population);
            output.WriteLine($"issuing resident {index}'s card from the fleet's JPKI authority (profile {parse.GetValue(profile)})…");
            var card = FleetCard.ForResident(fleet.Population, fleet.Jpki, index);
            output.WriteLine($"virtual My Number Card of resident {index} ({card}) on vpcd port {parse.GetValue(port)}; Ctrl+C removes it");
            if (named is null)
            {
                // A generated resident is synthetic test data: its PINs are printed so the card can be used.
                output.WriteLine($"test PINs (synthetic resident {index}): user-authentication {card.UserPin}, signing {card.SigningPin}");
            }
            else
            {
                output.WriteLine("PINs: the population's for this resident (not printed)");
            }

            await VirtualCardHost.RunAsync(card, parse.GetValue(port), cancel);
            output.WriteLine("card removed");
            return 0;
        });
        return new Command("card", "Virtual My Number Cards.") { emulate };
    }

    /// <summary>A resident given as an index or as its grain key (<c>resident:123</c>).</summary>
    public static long ParseResident(string text)
    {
        if (FleetKeys.TryParseResident(text, out var index)) return index;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index)) return index;
        throw new ArgumentException($"--resident: '{text}' is not a resident index (e.g. 42 or resident:42)");
    }
}
