using System.Collections.Concurrent;

namespace MyNumber.Jpki.Verification;

/// <summary>
/// A size-bounded cache with CLOCK (second-chance) eviction: lock-free reads that only set a reference bit,
/// and a short lock on insertion when over capacity. The count never stays above the capacity after an insert.
/// </summary>
internal sealed class BoundedCache<TValue>
    where TValue : class
{
    private readonly ConcurrentDictionary<DerKey, Slot> _map = new();
    private readonly ConcurrentQueue<Slot> _clock = new();
    private readonly Lock _evictionLock = new();
    private int _count;

    public BoundedCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => Volatile.Read(ref _count);

    public TValue GetOrAdd(byte[] der, Func<byte[], TValue> factory)
    {
        var key = new DerKey(der);
        if (_map.TryGetValue(key, out var found))
        {
            found.Touch();
            return found.Value;
        }

        var slot = new Slot(key.Detached(), factory(der));
        if (!_map.TryAdd(slot.Key, slot))
        {
            return _map.TryGetValue(key, out found) ? found.Value : slot.Value;
        }

        _clock.Enqueue(slot);
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Evict();
        }

        return slot.Value;
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            while (Volatile.Read(ref _count) > Capacity && _clock.TryDequeue(out var slot))
            {
                if (slot.TakeSecondChance())
                {
                    _clock.Enqueue(slot);
                }
                else if (_map.TryRemove(slot.Key, out _))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
        }
    }

    private sealed class Slot(DerKey key, TValue value)
    {
        private int _referenced;

        public DerKey Key { get; } = key;

        public TValue Value { get; } = value;

        public void Touch()
        {
            // Read first: most hits find the bit already set and skip the cache-line write.
            if (Volatile.Read(ref _referenced) == 0)
            {
                Volatile.Write(ref _referenced, 1);
            }
        }

        public bool TakeSecondChance() => Interlocked.Exchange(ref _referenced, 0) == 1;
    }
}
