using System.Collections.Concurrent;

namespace MyNumber.Grains.Cards;

/// <summary>
/// Certificate bytes re-materialized for cards, per silo, bounded: when full it starts over, since any
/// entry can be issued again identically (deterministic serials and PKCS#1 v1.5 signatures). Sized for a
/// national clinic peak's distinct cards (entries share the bytes the certificate store already holds).
/// </summary>
public sealed class CertificateCache(int capacity = 500_000)
{
    private readonly ConcurrentDictionary<(long Card, int Sequence, int Kind), byte[]> _entries = new();

    public bool TryGet(long card, int sequence, int kind, out byte[] der) =>
        _entries.TryGetValue((card, sequence, kind), out der!);

    public void Put(long card, int sequence, int kind, byte[] der)
    {
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[(card, sequence, kind)] = der;
    }
}
