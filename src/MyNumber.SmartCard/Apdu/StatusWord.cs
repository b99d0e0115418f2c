namespace MyNumber.SmartCard.Apdu;

/// <summary>The two trailing status bytes SW1 SW2 of a response APDU (ISO 7816-4 §5.1.3).</summary>
public readonly record struct StatusWord(ushort Value)
{
    public static readonly StatusWord Success = new(0x9000);
    public static readonly StatusWord EndOfFileReached = new(0x6282);
    public static readonly StatusWord WrongLength = new(0x6700);
    public static readonly StatusWord IncompatibleWithFileStructure = new(0x6981);
    public static readonly StatusWord SecurityStatusNotSatisfied = new(0x6982);
    public static readonly StatusWord AuthenticationMethodBlocked = new(0x6983);
    public static readonly StatusWord ReferenceDataNotUsable = new(0x6984);
    public static readonly StatusWord ConditionsOfUseNotSatisfied = new(0x6985);
    public static readonly StatusWord CommandNotAllowedNoCurrentEf = new(0x6986);
    public static readonly StatusWord WrongData = new(0x6A80);
    public static readonly StatusWord FileNotFound = new(0x6A82);
    public static readonly StatusWord IncorrectP1P2 = new(0x6A86);
    public static readonly StatusWord ReferencedDataNotFound = new(0x6A88);
    public static readonly StatusWord WrongParametersOffsetOutsideFile = new(0x6B00);
    public static readonly StatusWord InstructionNotSupported = new(0x6D00);
    public static readonly StatusWord ClassNotSupported = new(0x6E00);
    public static readonly StatusWord NoPreciseDiagnosis = new(0x6F00);

    public StatusWord(byte sw1, byte sw2) : this((ushort)(sw1 << 8 | sw2)) { }

    public byte Sw1 => (byte)(Value >> 8);
    public byte Sw2 => (byte)Value;
    public bool IsSuccess => Value == 0x9000;

    /// <summary><c>63 Cx</c>: a PIN comparison failed (or was only queried) and x tries remain.</summary>
    public static StatusWord VerificationFailed(int triesLeft) => new(0x63, (byte)(0xC0 | Math.Clamp(triesLeft, 0, 15)));

    /// <summary><c>61 xx</c>: xx more bytes wait for GET RESPONSE (00 means 256 or more).</summary>
    public bool IsBytesRemaining => Sw1 == 0x61;

    /// <summary><c>6C xx</c>: wrong Le; resend the same command with Le = xx.</summary>
    public bool IsWrongLe => Sw1 == 0x6C;

    /// <summary>The tries left carried by <c>63 Cx</c>, or null for any other status word.</summary>
    public int? TriesLeft => Sw1 == 0x63 && (Sw2 & 0xF0) == 0xC0 ? Sw2 & 0x0F : null;

    public override string ToString() => Value.ToString("X4");
}
