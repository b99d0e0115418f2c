using System.CommandLine;
using MyNumber.SmartCard;
using MyNumber.SmartCard.Jpki;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber readers</c>: the PC/SC readers, whether each holds a card, and the JPKI token name of a
/// card that answers (e.g. <c>JPKIAPICCTOKEN2</c>, a My Number Card). No service or no reader is a one-line error.
/// </summary>
public static class ReadersCommand
{
    public static Command Create()
    {
        var command = new Command("readers", "List smart-card readers and the cards in them.");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var context = Establish();
            var readers = context.ListReaders();
            if (readers.Count == 0) throw new InvalidOperationException("readers: no reader is connected");
            foreach (var status in context.GetStatus(readers))
            {
                output.WriteLine($"{status.Reader}\t{Describe(context, status)}");
            }

            return 0;
        });
        return command;
    }

    private static PcscContext Establish()
    {
        try
        {
            return PcscContext.Establish();
        }
        catch (PcscException e) when (e.Error == PcscError.NoService)
        {
            throw new InvalidOperationException("readers: the PC/SC service is not running (start pcscd; on Debian: apt-get install pcscd)", e);
        }
    }

    private static string Describe(PcscContext context, ReaderStatus status)
    {
        if (status.Unavailable) return "unavailable";
        if (!status.CardPresent) return "empty";
        try
        {
            using var card = context.Connect(status.Reader);
            var client = new JpkiCardClient(card);
            client.SelectJpkiApplication();
            return $"card\t{client.ReadTokenName()}";
        }
        catch (CardCommandException)
        {
            return $"card\tnot a JPKI card (ATR {status.AtrHex})";
        }
        catch (PcscException e)
        {
            return $"card\tunreadable: {e.Message}";
        }
    }
}
