using MyNumber.SmartCard.Apdu;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.Emulator;

public sealed class ProcessorSelectAndReadTests
{
    private const string SelectJpki = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01";
    private const string SelectCardInfo = "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08";

    [Fact]
    public void Selects_the_JPKI_application_and_refuses_unknown_AIDs_with_6A82()
    {
        var card = NewProcessor();

        Assert.Equal("9000", SwHex(card.Send(SelectJpki)));
        Assert.Equal("9000", SwHex(card.Send(SelectCardInfo)));
        Assert.Equal("6A82", SwHex(card.Send("00 A4 04 00 06 A0 00 00 00 01 01")));
        Assert.Equal("6A82", SwHex(card.Send("00 A4 04 00 07 62 76 01 FF 00 00 00")));
        Assert.Equal("6700", SwHex(card.Send("00 A4 04 0C")));
    }

    [Fact]
    public void Selecting_an_EF_needs_an_application_and_a_known_FID()
    {
        var card = NewProcessor();

        Assert.Equal("6A82", SwHex(card.Send("00 A4 02 0C 02 00 0A")));
        Assert.Equal("6A82", SwHex(card.Send("00 A4 00 0C 02 3F 00")));
        Assert.Equal("9000", SwHex(card.Send(SelectJpki, "00 A4 02 0C 02 00 0A")));
        Assert.Equal("6A82", SwHex(card.Send("00 A4 02 0C 02 00 99")));
        Assert.Equal("6700", SwHex(card.Send("00 A4 02 0C 03 00 0A 00")));
        Assert.Equal("6A86", SwHex(card.Send("00 A4 05 0C 02 00 0A")));
        Assert.Equal("6A86", SwHex(card.Send("00 A4 02 01 02 00 0A")));
    }

    [Fact]
    public void Reads_the_authentication_certificate_the_way_OpenSC_does()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, "00 A4 02 0C 02 00 0A");

        var head = card.Send("00 B0 00 00 04");
        Assert.Equal("9000", SwHex(head));
        Assert.Equal(0x30, head[0]);
        Assert.Equal(0x82, head[1]);
        int size = (head[2] << 8 | head[3]) + 4;
        var read = new List<byte>();
        for (int offset = 0; offset < size; offset += 256)
        {
            int le = Math.Min(256, size - offset);
            var chunk = card.Process([0x00, 0xB0, (byte)(offset >> 8), (byte)offset, (byte)(le == 256 ? 0 : le)]);
            Assert.Equal("9000", SwHex(chunk));
            read.AddRange(chunk[..^2]);
        }

        Assert.Equal(Profile.AuthenticationCertificate, read.ToArray());
    }

    [Fact]
    public void Reads_past_the_end_return_the_rest_and_offsets_outside_give_6B00()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, "00 A4 02 0C 02 00 06");

        var token = card.Send("00 B0 00 00 00");
        Assert.Equal("9000", SwHex(token));
        Assert.Equal(32, token.Length - 2);
        Assert.StartsWith("JPKIAPICCTOKEN2", System.Text.Encoding.ASCII.GetString(token, 0, 32));
        Assert.Equal("6B00", SwHex(card.Send("00 B0 00 20 01")));
        Assert.Equal("6A86", SwHex(card.Send("00 B0 81 00 01")));
        Assert.Equal("6700", SwHex(card.Send("00 B0 00 00 01 00")));
        Assert.Equal("6700", SwHex(card.Send("00 B0 00 00")));
    }

    [Fact]
    public void An_extended_Le_reads_a_whole_certificate_at_once()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, "00 A4 02 0C 02 00 0B");

        var whole = card.Send("00 B0 00 00 00 00 00");

        Assert.Equal(Profile.AuthenticationCaCertificate, whole[..^2]);
    }

    [Fact]
    public void Read_binary_without_a_current_EF_gives_6986_and_on_a_PIN_EF_6981()
    {
        var card = NewProcessor();
        card.Send(SelectJpki);

        Assert.Equal("6986", SwHex(card.Send("00 B0 00 00 04")));
        Assert.Equal("6981", SwHex(card.Send("00 A4 02 0C 02 00 18", "00 B0 00 00 04")));
    }

    [Fact]
    public void The_signing_certificate_needs_the_signing_PIN()
    {
        var card = NewProcessor();

        Assert.Equal("6982", SwHex(card.Send(SelectJpki, "00 A4 02 0C 02 00 01", "00 B0 00 00 04")));
        Assert.Equal("9000", SwHex(card.Send("00 A4 02 0C 02 00 1B", "00 20 00 80 06 41 42 43 31 32 33")));
        var head = card.Send("00 A4 02 0C 02 00 01", "00 B0 00 00 04");
        Assert.Equal("9000", SwHex(head));
        Assert.Equal(Profile.SigningCertificate[..4], head[..4]);
    }

    [Fact]
    public void Selecting_another_application_clears_the_security_status()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, "00 A4 02 0C 02 00 1B", "00 20 00 80 06 41 42 43 31 32 33");

        card.Send(SelectCardInfo);

        Assert.Equal("6982", SwHex(card.Send(SelectJpki, "00 A4 02 0C 02 00 01", "00 B0 00 00 04")));
    }

    [Fact]
    public void Power_reset_clears_the_selection_and_verified_PINs()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, "00 A4 02 0C 02 00 1B", "00 20 00 80 06 41 42 43 31 32 33");

        card.PowerReset();

        Assert.Equal("6A82", SwHex(card.Send("00 A4 02 0C 02 00 01")));
        Assert.Equal("6982", SwHex(card.Send(SelectJpki, "00 A4 02 0C 02 00 01", "00 B0 00 00 04")));
    }

    [Fact]
    public void Card_info_input_files_need_their_PIN_and_hold_My_Number_and_the_basic_facts()
    {
        var card = NewProcessor();

        Assert.Equal("6982", SwHex(card.Send(SelectCardInfo, "00 A4 02 0C 02 00 01", "00 B0 00 00 11")));
        Assert.Equal("9000", SwHex(card.Send("00 A4 02 0C 02 00 11", "00 20 00 80 04 35 36 37 38")));
        var myNumber = card.Send("00 A4 02 0C 02 00 01", "00 B0 00 00 11");
        Assert.Equal("9000", SwHex(myNumber));
        Assert.Equal(Hex("FF 10 0C"), myNumber[..3]);
        Assert.Equal(MyNumberDigits, System.Text.Encoding.ASCII.GetString(myNumber, 3, 12));
        var facts = card.Send("00 A4 02 0C 02 00 02", "00 B0 00 00 00");
        Assert.Equal(Hex("FF 20"), facts[..2]);
        Assert.Equal("9000", SwHex(card.Send("00 A4 02 0C 02 00 05", "00 B0 00 00 00")));
    }

    [Theory]
    [InlineData("84 A4 04 0C 01 00", "6E00")]
    [InlineData("80 A4 04 0C 01 00", "6E00")]
    [InlineData("00 2A 00 80 01 00 00", "6E00")]
    [InlineData("00 CA DF 30 05", "6D00")]
    [InlineData("00 CB 3F FF 03 5C 01 7E 08", "6D00")]
    [InlineData("00 C0 00 00 10", "6D00")]
    [InlineData("00 A4 04", "6700")]
    [InlineData("00 A4 04 0C 0A D3 92", "6700")]
    [InlineData("00 A4 04 0C 00 00 00", "6700")]
    public void Malformed_or_foreign_commands_get_the_right_status_word(string command, string expected)
    {
        Assert.Equal(expected, SwHex(NewProcessor().Send(command)));
    }

    [Fact]
    public void Status_words_from_the_processor_match_the_named_constants()
    {
        Assert.Equal(StatusWord.FileNotFound, Sw(NewProcessor().Send("00 A4 04 0C 01 00")));
    }
}
