using MyNumber.SmartCard.Pcsc;

namespace MyNumber.SmartCard.Tests.Pcsc;

public sealed class PcscExceptionTests
{
    [Theory]
    [InlineData(0x8010001Du, PcscError.NoService)]
    [InlineData(0x8010001Eu, PcscError.NoService)]
    [InlineData(0x80100013u, PcscError.NoService)]
    [InlineData(0x8010002Eu, PcscError.NoReaders)]
    [InlineData(0x80100009u, PcscError.ReaderUnavailable)]
    [InlineData(0x80100017u, PcscError.ReaderUnavailable)]
    [InlineData(0x8010000Cu, PcscError.NoCard)]
    [InlineData(0x80100069u, PcscError.CardRemoved)]
    [InlineData(0x80100068u, PcscError.CardReset)]
    [InlineData(0x80100066u, PcscError.CardUnresponsive)]
    [InlineData(0x8010000Bu, PcscError.SharingViolation)]
    [InlineData(0x80100016u, PcscError.NotTransacted)]
    [InlineData(0x8010000Au, PcscError.Timeout)]
    [InlineData(0x80100002u, PcscError.Cancelled)]
    [InlineData(0x80100001u, PcscError.Other)]
    public void Maps_every_PCSC_code_to_a_typed_error_with_the_code_in_the_message(uint code, PcscError expected)
    {
        var error = PcscException.From(code, "SCardTransmit");

        Assert.Equal(expected, error.Error);
        Assert.Equal(code, error.Code);
        Assert.Contains($"0x{code:X8}", error.Message);
        Assert.StartsWith("SCardTransmit: ", error.Message);
    }

    [Fact]
    public void Reader_status_reads_the_PCSC_state_bits()
    {
        var present = new ReaderStatus("r", 0x0022, [0x3B, 0x00]);
        var empty = new ReaderStatus("r", 0x0012, []);

        Assert.True(present.CardPresent);
        Assert.False(empty.CardPresent);
        Assert.Equal("3B00", present.AtrHex);
        Assert.Equal("r: empty", empty.ToString());
    }
}
