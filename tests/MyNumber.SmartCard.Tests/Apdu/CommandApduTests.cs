using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard.Tests.Apdu;

public sealed class CommandApduTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    [Theory]
    [InlineData("00 20 00 80", ApduCase.Case1, 0, 0, false)]
    [InlineData("00 B0 00 00 04", ApduCase.Case2, 0, 4, false)]
    [InlineData("00 B0 00 00 00", ApduCase.Case2, 0, 256, false)]
    [InlineData("00 A4 02 0C 02 00 0A", ApduCase.Case3, 2, 0, false)]
    [InlineData("80 2A 00 80 03 01 02 03 00", ApduCase.Case4, 3, 256, false)]
    [InlineData("00 B0 00 00 00 01 00", ApduCase.Case2, 0, 256, true)]
    [InlineData("00 B0 00 00 00 00 00", ApduCase.Case2, 0, 65536, true)]
    [InlineData("00 A4 02 0C 00 00 02 00 0A", ApduCase.Case3, 2, 0, true)]
    [InlineData("80 2A 00 80 00 00 03 01 02 03 01 00", ApduCase.Case4, 3, 256, true)]
    public void Parses_every_case_in_short_and_extended_form(string hex, ApduCase expectedCase, int lc, int ne, bool extended)
    {
        var apdu = CommandApdu.Parse(Hex(hex));

        Assert.Equal(expectedCase, apdu.Case);
        Assert.Equal(lc, apdu.Data.Length);
        Assert.Equal(ne, apdu.Ne);
        Assert.Equal(extended, apdu.IsExtended);
        Assert.Equal(Hex(hex), apdu.ToBytes());
    }

    [Theory]
    [InlineData("", ApduFormatError.TooShort)]
    [InlineData("00 A4 04", ApduFormatError.TooShort)]
    [InlineData("00 A4 02 0C 02 00", ApduFormatError.LengthMismatch)]
    [InlineData("00 A4 02 0C 02 00 0A 00 00", ApduFormatError.LengthMismatch)]
    [InlineData("00 A4 02 0C 00 00", ApduFormatError.LengthMismatch)]
    [InlineData("00 A4 02 0C 00 00 00 01", ApduFormatError.ZeroExtendedLc)]
    [InlineData("00 A4 02 0C 00 00 02 00 0A 00", ApduFormatError.LengthMismatch)]
    public void Malformed_bytes_give_a_typed_error(string hex, ApduFormatError expected)
    {
        Assert.False(CommandApdu.TryParse(Hex(hex), out _, out var error));
        Assert.Equal(expected, error);
        var thrown = Assert.Throws<ApduFormatException>(() => CommandApdu.Parse(Hex(hex)));
        Assert.Equal(expected, thrown.Error);
    }

    [Fact]
    public void Encodes_long_data_with_extended_length()
    {
        var apdu = new CommandApdu(0x00, 0xD6, 0, 0, new byte[300], 0);

        var bytes = apdu.ToBytes();

        Assert.Equal(4 + 3 + 300, bytes.Length);
        Assert.Equal(Hex("00 01 2C"), bytes[4..7]);
        Assert.Equal(300, CommandApdu.Parse(bytes).Data.Length);
    }

    [Fact]
    public void WithNe_keeps_the_command_and_changes_only_Le()
    {
        var apdu = CommandApdu.Parse(Hex("00 B0 00 00 00")).WithNe(0x12);

        Assert.Equal(Hex("00 B0 00 00 12"), apdu.ToBytes());
    }

    [Fact]
    public void Response_splits_data_and_status_word_and_rejects_short_answers()
    {
        var response = ResponseApdu.Parse(Hex("01 02 63 C2"));

        Assert.Equal(Hex("01 02"), response.Data.ToArray());
        Assert.Equal(2, response.StatusWord.TriesLeft);
        Assert.False(response.StatusWord.IsSuccess);
        Assert.Equal(ApduFormatError.TooShort, Assert.Throws<ApduFormatException>(() => ResponseApdu.Parse([0x90])).Error);
    }

    [Fact]
    public void Status_word_helpers_read_their_bytes()
    {
        Assert.Equal("63C0", StatusWord.VerificationFailed(0).ToString());
        Assert.True(new StatusWord(0x61, 0x10).IsBytesRemaining);
        Assert.True(new StatusWord(0x6C, 0x10).IsWrongLe);
        Assert.Null(StatusWord.Success.TriesLeft);
        Assert.True(StatusWord.Success.IsSuccess);
    }
}
