using MyNumber.CardEmulator;
using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard.Tests;

/// <summary>One self-issued card profile for the whole test run: RSA-2048 key generation is the slow part.</summary>
internal static class TestCard
{
    public const string UserPin = "1234";
    public const string SigningPin = "ABC123";
    public const string CardInfoPin = "5678";
    public const string MyNumberDigits = "123456789018";

    private static readonly Lazy<VirtualCardProfile> SharedProfile = new(() =>
        SelfIssuedCardProfile.Create(UserPin, SigningPin, CardInfoPin, MyNumberDigits, "番号 花子", "東京都千代田区永田町一丁目7番1号", "19800101", "2"));

    public static VirtualCardProfile Profile => SharedProfile.Value;

    public static JpkiCardProcessor NewProcessor() => new(Profile);

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));

    public static StatusWord Sw(byte[] response) => new(response[^2], response[^1]);

    public static string SwHex(byte[] response) => Sw(response).ToString();

    /// <summary>Sends each hex command in turn and returns the last response.</summary>
    public static byte[] Send(this JpkiCardProcessor card, params string[] commands)
    {
        byte[] response = [];
        foreach (var command in commands) response = card.Process(Hex(command));
        return response;
    }
}
