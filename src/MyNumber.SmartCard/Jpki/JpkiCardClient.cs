using System.Security.Cryptography;
using System.Text;
using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard.Jpki;

/// <summary>
/// Talks to a My Number Card's JPKI and card-info-input applications (jpki-card.md §3). Each operation
/// selects the application it needs; moving to the other application drops the PINs verified in the
/// first, as the card does. PINs are taken as spans, sent, and cleared; they are never logged.
/// Wrong and blocked PINs are outcomes (<see cref="PinVerification"/>); other refusals throw
/// <see cref="CardCommandException"/>.
/// </summary>
public sealed class JpkiCardClient(ICardChannel channel)
{
    private const int ChunkSize = 256;
    private const int TokenInfoLength = 32;

    private readonly CardSession _session = new(channel);
    private byte[]? _selectedApplication;

    /// <summary>Selects the JPKI application, whatever the card's state.</summary>
    public void SelectJpkiApplication() => SelectApplication(MyNumberCardAids.Jpki, force: true);

    /// <summary>The token name in EF 0006, e.g. <c>JPKIAPICCTOKEN2</c> for a My Number Card.</summary>
    public string ReadTokenName()
    {
        SelectApplication(MyNumberCardAids.Jpki);
        SelectFile(JpkiFileIds.TokenInfo);
        var data = _session.Expect("READ BINARY token", new CommandApdu(0x00, 0xB0, 0, 0, ne: TokenInfoLength));
        return Encoding.ASCII.GetString(data.Span).TrimEnd(' ', '\0');
    }

    /// <summary>Reads a certificate's DER; <see cref="JpkiCertificate.Signing"/> needs the signing PIN first.</summary>
    public byte[] ReadCertificate(JpkiCertificate certificate)
    {
        SelectApplication(MyNumberCardAids.Jpki);
        return ReadTlvFile(certificate switch
        {
            JpkiCertificate.UserAuthentication => JpkiFileIds.AuthenticationCertificate,
            JpkiCertificate.UserAuthenticationCa => JpkiFileIds.AuthenticationCaCertificate,
            JpkiCertificate.Signing => JpkiFileIds.SigningCertificate,
            _ => JpkiFileIds.SigningCaCertificate,
        });
    }

    /// <summary>Asks how many tries a PIN has left (VERIFY without data → <c>63 Cx</c>); nothing is counted.</summary>
    public int GetTriesLeft(JpkiPin pin)
    {
        SelectPin(pin);
        var sw = _session.Send([0x00, 0x20, 0x00, 0x80]).StatusWord;
        if (sw.TriesLeft is { } left) return left;
        if (sw.IsSuccess) return pin == JpkiPin.Signing ? 5 : 3;
        throw new CardCommandException("VERIFY (tries left)", sw);
    }

    /// <summary>
    /// Verifies a PIN given as ASCII bytes. The span is cleared before this returns, whatever happens;
    /// the signing PIN is upper-cased first, as the card stores it.
    /// </summary>
    public PinVerification VerifyPin(JpkiPin pin, Span<byte> value)
    {
        Span<byte> command = stackalloc byte[5 + 16];
        try
        {
            if (value.Length is 0 or > 16) throw new ArgumentException("A PIN has 1 to 16 characters.", nameof(value));
            if (pin == JpkiPin.Signing) UpperCase(value);
            SelectPin(pin);
            command = command[..(5 + value.Length)];
            command[0] = 0x00; command[1] = 0x20; command[2] = 0x00; command[3] = 0x80; command[4] = (byte)value.Length;
            value.CopyTo(command[5..]);
            var sw = _session.Send(command).StatusWord;
            if (sw.IsSuccess) return new PinVerification(PinVerificationStatus.Verified, pin == JpkiPin.Signing ? 5 : 3);
            if (sw.TriesLeft is { } left) return new PinVerification(left == 0 ? PinVerificationStatus.Blocked : PinVerificationStatus.Wrong, left);
            if (sw.Value is 0x6983 or 0x6984) return new PinVerification(PinVerificationStatus.Blocked, 0);
            throw new CardCommandException("VERIFY", sw);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(command);
            CryptographicOperations.ZeroMemory(value);
        }
    }

    /// <summary>
    /// Changes a PIN (CHANGE REFERENCE DATA) after it was verified in this session. The span is cleared
    /// before this returns; the card checks nothing but the length, so callers check the format (R-PIN-1).
    /// </summary>
    public void ChangePin(JpkiPin pin, Span<byte> newValue)
    {
        Span<byte> command = stackalloc byte[5 + 16];
        try
        {
            if (newValue.Length is 0 or > 16) throw new ArgumentException("A PIN has 1 to 16 characters.", nameof(newValue));
            if (pin == JpkiPin.Signing) UpperCase(newValue);
            SelectPin(pin);
            command = command[..(5 + newValue.Length)];
            command[0] = 0x00; command[1] = 0x24; command[2] = 0x01; command[3] = 0x80; command[4] = (byte)newValue.Length;
            newValue.CopyTo(command[5..]);
            var sw = _session.Send(command).StatusWord;
            if (!sw.IsSuccess) throw new CardCommandException("CHANGE REFERENCE DATA", sw);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(command);
            CryptographicOperations.ZeroMemory(newValue);
        }
    }

    /// <summary>
    /// Signs a DigestInfo (see <see cref="DigestInfo"/>) on the chip with PKCS#1 v1.5. The key's PIN must
    /// have been verified in this application session.
    /// </summary>
    public byte[] Sign(JpkiKey key, ReadOnlySpan<byte> digestInfo)
    {
        if (digestInfo.IsEmpty || digestInfo.Length > 255) throw new ArgumentException("A DigestInfo has 1 to 255 bytes.", nameof(digestInfo));
        SelectApplication(MyNumberCardAids.Jpki);
        SelectFile(key == JpkiKey.Signing ? JpkiFileIds.SigningKey : JpkiFileIds.AuthenticationKey);
        var command = new CommandApdu(0x80, 0x2A, 0x00, 0x80, digestInfo, CommandApdu.MaxShortNe);
        return _session.Expect("COMPUTE DIGITAL SIGNATURE", command).ToArray();
    }

    /// <summary>Reads My Number and the 4 basic facts; verify <see cref="JpkiPin.CardInfoInput"/> first.</summary>
    public CardInfoInput ReadCardInfo()
    {
        SelectApplication(MyNumberCardAids.CardInfoInput);
        var myNumberFile = ReadTlvFile(CardInfoInputFileIds.MyNumber);
        var factsFile = ReadTlvFile(CardInfoInputFileIds.BasicFacts);
        return CardInfoInputParser.Parse(myNumberFile, factsFile);
    }

    private static void UpperCase(Span<byte> ascii)
    {
        for (int i = 0; i < ascii.Length; i++) if (ascii[i] is >= (byte)'a' and <= (byte)'z') ascii[i] -= 0x20;
    }

    private void SelectPin(JpkiPin pin)
    {
        SelectApplication(pin == JpkiPin.CardInfoInput ? MyNumberCardAids.CardInfoInput : MyNumberCardAids.Jpki);
        SelectFile(pin switch
        {
            JpkiPin.UserAuthentication => JpkiFileIds.AuthenticationPin,
            JpkiPin.Signing => JpkiFileIds.SigningPin,
            _ => CardInfoInputFileIds.Pin,
        });
    }

    private void SelectApplication(ReadOnlySpan<byte> aid, bool force = false)
    {
        if (!force && _selectedApplication is not null && aid.SequenceEqual(_selectedApplication)) return;
        _selectedApplication = null;
        _session.Expect("SELECT application", new CommandApdu(0x00, 0xA4, 0x04, 0x0C, aid));
        _selectedApplication = aid.ToArray();
    }

    private void SelectFile(ushort fileId) =>
        _session.Expect($"SELECT EF {fileId:X4}", new CommandApdu(0x00, 0xA4, 0x02, 0x0C, [(byte)(fileId >> 8), (byte)fileId]));

    // Reads a file holding one TLV: a short first read gives the header and so the total length, then
    // the rest comes in chunks of at most 256 bytes (short APDUs, as every JPKI reader uses).
    private byte[] ReadTlvFile(ushort fileId)
    {
        SelectFile(fileId);
        var head = ReadBinary(fileId, 0, 8);
        if (!BerTlv.TryReadHeader(head, out _, out int header, out int length))
            throw new CardCommandException($"READ BINARY {fileId:X4} (not a TLV)", StatusWord.WrongData);
        int total = header + length;
        var content = new byte[total];
        int have = Math.Min(head.Length, total);
        head.AsSpan(0, have).CopyTo(content);
        while (have < total)
        {
            var chunk = ReadBinary(fileId, have, Math.Min(ChunkSize, total - have));
            if (chunk.Length == 0) throw new CardCommandException($"READ BINARY {fileId:X4} (file shorter than its TLV)", StatusWord.EndOfFileReached);
            chunk.CopyTo(content.AsSpan(have));
            have += chunk.Length;
        }
        return content;
    }

    private byte[] ReadBinary(ushort fileId, int offset, int count)
    {
        var command = new CommandApdu(0x00, 0xB0, (byte)(offset >> 8 & 0x7F), (byte)offset, ne: count);
        var response = _session.Send(command);
        if (!response.StatusWord.IsSuccess && response.StatusWord != StatusWord.EndOfFileReached)
            throw new CardCommandException($"READ BINARY {fileId:X4}", response.StatusWord);
        return response.Data.ToArray();
    }
}
