using MyNumber.SmartCard;
using MyNumber.SmartCard.Apdu;

namespace MyNumber.CardEmulator;

/// <summary>
/// The virtual My Number Card's chip: takes command APDU bytes and answers response APDU bytes like the
/// real card (jpki-card.md §3, §7). It never throws for any input; malformed commands get a status word.
/// PIN retry counters persist across <see cref="PowerReset"/>; the selected application, file and
/// security status (verified PINs) do not. It is also an <see cref="ICardChannel"/>, the in-memory baseline.
/// </summary>
public sealed class JpkiCardProcessor : ICardChannel
{
    private const byte IsoClass = 0x00;
    private const byte ProprietaryClass = 0x80;
    private const byte Select = 0xA4, ReadBinary = 0xB0, Verify = 0x20, ChangeReferenceData = 0x24, ComputeDigitalSignature = 0x2A;

    private readonly IReadOnlyList<CardApplication> _applications;
    private readonly HashSet<PinSlot> _verified = [];
    private readonly Lock _gate = new();
    private CardApplication? _application;
    private CardFile? _file;

    public JpkiCardProcessor(VirtualCardProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _applications = CardLayout.Build(profile);
        Atr = profile.Atr;
    }

    public byte[] Atr { get; }

    /// <summary>Power off, power on or reset: forget the selection and every verified PIN.</summary>
    public void PowerReset()
    {
        lock (_gate)
        {
            _application = null;
            _file = null;
            _verified.Clear();
        }
    }

    public byte[] Transmit(ReadOnlySpan<byte> commandApdu) => Process(commandApdu);

    public byte[] Process(ReadOnlySpan<byte> commandApdu)
    {
        lock (_gate)
        {
            try
            {
                return Dispatch(commandApdu);
            }
            catch (Exception)
            {
                // Defensive only: the fuzz test asserts this status word never appears.
                return Status(StatusWord.NoPreciseDiagnosis);
            }
        }
    }

    private byte[] Dispatch(ReadOnlySpan<byte> bytes)
    {
        if (!CommandApdu.TryParse(bytes, out var apdu, out _)) return Status(StatusWord.WrongLength);
        if (apdu.Cla is not (IsoClass or ProprietaryClass)) return Status(StatusWord.ClassNotSupported);
        return apdu.Ins switch
        {
            Select when apdu.Cla == IsoClass => SelectFile(apdu),
            ReadBinary when apdu.Cla == IsoClass => ReadBinaryFile(apdu),
            Verify when apdu.Cla == IsoClass => VerifyPin(apdu),
            ChangeReferenceData when apdu.Cla == IsoClass => ChangePin(apdu),
            ComputeDigitalSignature when apdu.Cla == ProprietaryClass => Sign(apdu),
            Select or ReadBinary or Verify or ChangeReferenceData or ComputeDigitalSignature => Status(StatusWord.ClassNotSupported),
            _ => Status(StatusWord.InstructionNotSupported),
        };
    }

    private byte[] SelectFile(CommandApdu apdu)
    {
        if ((apdu.P2 & 0xF3) != 0) return Status(StatusWord.IncorrectP1P2);
        switch (apdu.P1)
        {
            case 0x04:
                if (apdu.Data.IsEmpty) return Status(StatusWord.WrongLength);
                var application = _applications.FirstOrDefault(a => a.Aid.AsSpan().SequenceEqual(apdu.Data.Span));
                if (application is null) return Status(StatusWord.FileNotFound);
                _application = application;
                _file = null;
                _verified.Clear();
                return Status(StatusWord.Success);
            case 0x02:
                if (apdu.Data.Length != 2) return Status(StatusWord.WrongLength);
                var fileId = (ushort)(apdu.Data.Span[0] << 8 | apdu.Data.Span[1]);
                if (_application is null || !_application.Files.TryGetValue(fileId, out var file)) return Status(StatusWord.FileNotFound);
                _file = file;
                return Status(StatusWord.Success);
            case 0x00 or 0x01 or 0x08 or 0x09:
                // The MF and path selections other drivers probe with: this card has none of them.
                return Status(StatusWord.FileNotFound);
            default:
                return Status(StatusWord.IncorrectP1P2);
        }
    }

    private byte[] ReadBinaryFile(CommandApdu apdu)
    {
        if ((apdu.P1 & 0x80) != 0) return Status(StatusWord.IncorrectP1P2);
        if (apdu.Case != ApduCase.Case2) return Status(StatusWord.WrongLength);
        if (_file is null) return Status(StatusWord.CommandNotAllowedNoCurrentEf);
        if (_file is not BinaryFile binary) return Status(StatusWord.IncompatibleWithFileStructure);
        if (binary.ReadGuard is { } guard && !_verified.Contains(guard)) return Status(StatusWord.SecurityStatusNotSatisfied);
        int offset = (apdu.P1 & 0x7F) << 8 | apdu.P2;
        if (offset >= binary.Content.Length) return Status(StatusWord.WrongParametersOffsetOutsideFile);
        int count = Math.Min(apdu.Ne, binary.Content.Length - offset);
        return Respond(binary.Content.AsSpan(offset, count), StatusWord.Success);
    }

    private byte[] VerifyPin(CommandApdu apdu)
    {
        if (apdu.P1 != 0x00 || apdu.P2 != 0x80) return Status(StatusWord.IncorrectP1P2);
        if (_file is null) return Status(StatusWord.CommandNotAllowedNoCurrentEf);
        if (_file is not PinFile { Pin: var pin }) return Status(StatusWord.ReferencedDataNotFound);
        // No data (case 1, or the T=0 form 00 20 00 80 00): only ask how many tries are left.
        if (apdu.Data.IsEmpty) return Status(StatusWord.VerificationFailed(pin.TriesLeft));
        if (apdu.Data.Length > PinSlot.MaxLength) return Status(StatusWord.WrongLength);
        if (pin.IsBlocked) return Status(StatusWord.AuthenticationMethodBlocked);
        if (pin.Check(apdu.Data.Span))
        {
            _verified.Add(pin);
            return Status(StatusWord.Success);
        }
        _verified.Remove(pin);
        return Status(StatusWord.VerificationFailed(pin.TriesLeft));
    }

    // P1 = 01: only the new value is sent, the old one having been verified in this session.
    private byte[] ChangePin(CommandApdu apdu)
    {
        if (apdu.P1 != 0x01 || apdu.P2 != 0x80) return Status(StatusWord.IncorrectP1P2);
        if (_file is null) return Status(StatusWord.CommandNotAllowedNoCurrentEf);
        if (_file is not PinFile { Pin: var pin }) return Status(StatusWord.ReferencedDataNotFound);
        if (apdu.Data.IsEmpty || apdu.Data.Length > PinSlot.MaxLength) return Status(StatusWord.WrongLength);
        if (pin.IsBlocked) return Status(StatusWord.AuthenticationMethodBlocked);
        if (!_verified.Contains(pin)) return Status(StatusWord.SecurityStatusNotSatisfied);
        pin.Change(apdu.Data.Span);
        return Status(StatusWord.Success);
    }

    private byte[] Sign(CommandApdu apdu)
    {
        if (apdu.P1 != 0x00 || apdu.P2 != 0x80) return Status(StatusWord.IncorrectP1P2);
        if (apdu.Data.IsEmpty) return Status(StatusWord.WrongLength);
        if (_file is not KeyFile key) return Status(StatusWord.CommandNotAllowedNoCurrentEf);
        if (!_verified.Contains(key.Guard)) return Status(StatusWord.SecurityStatusNotSatisfied);
        if (apdu.Data.Length > key.Signer.MaxInputLength) return Status(StatusWord.WrongLength);
        return Respond(key.Signer.Sign(apdu.Data.Span), StatusWord.Success);
    }

    private static byte[] Respond(ReadOnlySpan<byte> data, StatusWord sw)
    {
        var response = new byte[data.Length + 2];
        data.CopyTo(response);
        response[^2] = sw.Sw1;
        response[^1] = sw.Sw2;
        return response;
    }

    private static byte[] Status(StatusWord sw) => [sw.Sw1, sw.Sw2];
}
