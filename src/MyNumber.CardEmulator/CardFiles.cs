namespace MyNumber.CardEmulator;

/// <summary>An elementary file of a card application.</summary>
internal abstract class CardFile(ushort fileId)
{
    public ushort FileId { get; } = fileId;
}

/// <summary>A transparent EF read with READ BINARY; <see cref="ReadGuard"/> is the PIN that must be verified first, if any.</summary>
internal sealed class BinaryFile(ushort fileId, byte[] content, PinSlot? readGuard = null) : CardFile(fileId)
{
    public byte[] Content { get; } = content;
    public PinSlot? ReadGuard { get; } = readGuard;
}

/// <summary>A PIN EF: selecting it makes VERIFY address that PIN.</summary>
internal sealed class PinFile(ushort fileId, PinSlot pin) : CardFile(fileId)
{
    public PinSlot Pin { get; } = pin;
}

/// <summary>A private-key EF: selecting it makes COMPUTE DIGITAL SIGNATURE use that key once its PIN is verified.</summary>
internal sealed class KeyFile(ushort fileId, CardSigner signer, PinSlot guard) : CardFile(fileId)
{
    public CardSigner Signer { get; } = signer;
    public PinSlot Guard { get; } = guard;
}

/// <summary>A dedicated file (application) selected by its AID.</summary>
internal sealed class CardApplication(byte[] aid, IEnumerable<CardFile> files)
{
    public byte[] Aid { get; } = aid;
    public IReadOnlyDictionary<ushort, CardFile> Files { get; } = files.ToDictionary(f => f.FileId);
}
