using FsCheck.Xunit;
using MyNumber.Domain.Identity;

namespace MyNumber.Domain.Tests.Identity;

public sealed class IndividualNumberTests
{
    [Theory(DisplayName = "R-MN-1: anything but 12 characters is refused as the wrong length")]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890188")]
    public void WrongLength(string text)
    {
        Assert.False(IndividualNumber.TryParse(text, out _, out var reason));
        Assert.Equal(NumberReasons.WrongLength, reason);
    }

    [Theory(DisplayName = "R-MN-1: 12 characters that are not all digits are refused")]
    [InlineData("12345678901a")]
    [InlineData("1234 5678901")]
    [InlineData("１23456789018")]
    public void NotDigits(string text)
    {
        Assert.False(IndividualNumber.TryParse(text, out _, out var reason));
        Assert.Equal(NumberReasons.NotDigits, reason);
    }

    [Fact(DisplayName = "R-MN-2: 123456789018 is valid")]
    public void GuideExample()
    {
        Assert.True(IndividualNumber.TryParse("123456789018", out var number, out var reason));
        Assert.Null(reason);
        Assert.Equal("123456789018", number.RevealDigits());
        Assert.Equal(8, IndividualNumber.CheckDigit("12345678901"));
    }

    [Theory(DisplayName = "R-MN-2: a wrong check digit is refused")]
    [InlineData("123456789010")]
    [InlineData("123456789019")]
    [InlineData("223456789018")]
    public void WrongCheckDigit(string text)
    {
        Assert.False(IndividualNumber.TryParse(text, out _, out var reason));
        Assert.Equal(NumberReasons.WrongCheckDigit, reason);
    }

    [Fact(DisplayName = "R-MN-2: remainders 0 and 1 give check digit 0")]
    public void SmallRemainders()
    {
        // 00000000000 sums to 0 (r = 0); 00000000005: P(1)=5, Q(1)=2 → 10, r = 10 → 1; 00000000006: 12 → r = 1.
        Assert.Equal(0, IndividualNumber.CheckDigit("00000000000"));
        Assert.Equal(0, IndividualNumber.CheckDigit("00000000006"));
        Assert.Equal(1, IndividualNumber.CheckDigit("00000000005"));
    }

    [Fact(DisplayName = "R-MN-1: ToString masks all but the last four digits")]
    public void Masked()
    {
        var number = IndividualNumber.Parse("123456789018");
        Assert.Equal("********9018", number.ToString());
        Assert.DoesNotContain("12345678", $"{number}");
        Assert.Equal("(none)", default(IndividualNumber).ToString());
    }

    [Fact(DisplayName = "R-MN-1: Parse refuses with a message that does not echo the input")]
    public void ParseThrows()
    {
        var error = Assert.Throws<FormatException>(() => IndividualNumber.Parse("123456789019"));
        Assert.Contains("number.check-digit", error.Message);
        Assert.DoesNotContain("123456789019", error.Message);
    }

    [Property(DisplayName = "R-MN-2: every synthetic number is valid and round-trips", MaxTest = 500)]
    public bool SyntheticValid(ulong seed, uint index)
    {
        var number = IndividualNumber.Synthetic(seed, index);
        return IndividualNumber.TryParse(number.RevealDigits(), out var parsed) && parsed == number;
    }

    [Property(DisplayName = "R-MN-2: any single-digit change is detected, except the rule's own blind spot", MaxTest = 1000)]
    public bool SingleDigitChange(ulong seed, uint index, byte position, byte delta)
    {
        var original = IndividualNumber.Synthetic(seed, index).RevealDigits();
        var digits = original.ToCharArray();
        var at = position % 12;
        digits[at] = (char)('0' + (digits[at] - '0' + 1 + delta % 9) % 10);
        var changed = new string(digits);
        // The rule maps remainders 0 and 1 both to check digit 0, so a body change that moves r between
        // 0 and 1 keeps the number valid (000000000000 and 000000000060 are both valid). Every other
        // single-digit change, and every change of the check digit itself, is caught.
        var blindSpot = at < 11 && Remainder(original) <= 1 && Remainder(changed) <= 1;
        return IndividualNumber.TryParse(changed, out _) == blindSpot;
    }

    [Fact(DisplayName = "R-MN-2: remainders 0 and 1 share check digit 0, so both of these are valid")]
    public void BlindSpot()
    {
        Assert.True(IndividualNumber.TryParse("000000000000", out _));
        Assert.True(IndividualNumber.TryParse("000000000060", out _));
    }

    // R-MN-2 written out independently of the product code: r = Σ P(n)·Q(n) mod 11 over the first 11 digits.
    private static int Remainder(string twelve)
    {
        var sum = 0;
        for (var n = 1; n <= 11; n++) sum += (twelve[11 - n] - '0') * (n <= 6 ? n + 1 : n - 5);
        return sum % 11;
    }

    [Property(DisplayName = "R-MN-1: synthetic numbers are deterministic and distinct per index", MaxTest = 200)]
    public bool SyntheticDeterministic(ulong seed, uint a, uint b)
    {
        var first = IndividualNumber.Synthetic(seed, a);
        var again = new SyntheticNumbers(seed).At(a);
        var other = IndividualNumber.Synthetic(seed, b);
        return first == again && (a == b) == (first == other);
    }

    [Fact(DisplayName = "R-MN-1: a generator's run matches its single look-ups")]
    public void GeneratorRun()
    {
        var generator = new SyntheticNumbers(42);
        var run = generator.Take(10, 5).ToList();
        Assert.Equal(5, run.Distinct().Count());
        Assert.Equal(IndividualNumber.Synthetic(42, 12), run[2]);
    }
}
