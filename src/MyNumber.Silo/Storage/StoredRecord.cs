namespace MyNumber.Silo.Storage;

/// <summary>
/// One grain state as the embedded store holds it: the serialized bytes and the ETag of the write that
/// produced them. A class without value equality on purpose: the store swaps records with
/// compare-and-swap on the reference it read, so two writes of equal bytes never pass for each other.
/// </summary>
internal sealed class StoredRecord(byte[] payload, string etag)
{
    public byte[] Payload { get; } = payload;

    public string ETag { get; } = etag;
}
