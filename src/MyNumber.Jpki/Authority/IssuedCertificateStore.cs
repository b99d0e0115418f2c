using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// Certificates the authority issued before, kept on disk between runs and shared by processes: a card
/// certificate is a pure function of the authority (seed, key pool, start) and the order, so one issued in an
/// earlier run is byte for byte the one the CA would sign again, and reading it back stands for "the card has
/// held it for years". Keyed by an order digest (<see cref="KeyOf"/>) under a directory per authority identity.
/// Files are whole batches written to a temporary name and renamed, each ending in a SHA-256 of its content:
/// a reader never sees half a batch, and a damaged file is skipped (its certificates are issued again).
/// Several processes may write at once; each writes its own files. Thread-safe.
/// </summary>
public sealed class IssuedCertificateStore
{
    private const int KeyBytes = 16;
    private const int MaxDerBytes = 64 * 1024;
    private static readonly byte[] Magic = "MNCERTS1"u8.ToArray();

    private readonly string _directory;
    private readonly int _batchSize;
    private readonly int _memoryCapacity;
    private readonly Lazy<ConcurrentDictionary<UInt128, byte[]>> _index;
    private readonly Lock _pendingLock = new();
    private List<(UInt128 Key, byte[] Der)> _pending = [];
    private bool _flushScheduled;

    /// <param name="directory">The store's root; a subdirectory per authority identity is made under it.</param>
    /// <param name="authorityIdentity">Everything besides the order that the certificate bytes depend on.</param>
    /// <param name="batchSize">Certificates per file written.</param>
    /// <param name="memoryCapacity">Certificates held in memory at most (beyond it, new ones go to disk only).</param>
    public IssuedCertificateStore(string directory, string authorityIdentity, int batchSize = 8192, int memoryCapacity = 2_000_000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(authorityIdentity);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var tag = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorityIdentity)), 0, 8);
        _directory = Path.Combine(directory, tag);
        _batchSize = batchSize;
        _memoryCapacity = memoryCapacity;
        _index = new(LoadAll);
    }

    public int Count => _index.Value.Count;

    /// <summary>The store key of an order written canonically (every field the certificate depends on).</summary>
    public static UInt128 KeyOf(string canonicalOrder)
    {
        ArgumentNullException.ThrowIfNull(canonicalOrder);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonicalOrder), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    public bool TryGet(UInt128 key, out byte[] der) => _index.Value.TryGetValue(key, out der!);

    /// <summary>Keeps <paramref name="der"/> in memory at once and on disk with the next batch (within seconds).</summary>
    public void Add(UInt128 key, byte[] der)
    {
        ArgumentNullException.ThrowIfNull(der);
        var index = _index.Value;
        if (index.Count < _memoryCapacity && !index.TryAdd(key, der)) return;
        List<(UInt128, byte[])>? full = null;
        lock (_pendingLock)
        {
            _pending.Add((key, der));
            if (_pending.Count >= _batchSize)
            {
                full = _pending;
                _pending = [];
            }
            else if (!_flushScheduled)
            {
                _flushScheduled = true;
                // A quiet spell still reaches the disk: a run that issues a few hundred keeps them too.
                _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => Flush(), TaskScheduler.Default);
            }
        }

        if (full is not null) _ = Task.Run(() => Write(full));
    }

    /// <summary>Writes what is pending now.</summary>
    public void Flush()
    {
        List<(UInt128, byte[])> batch;
        lock (_pendingLock)
        {
            batch = _pending;
            _pending = [];
            _flushScheduled = false;
        }

        if (batch.Count > 0) Write(batch);
    }

    private void Write(List<(UInt128 Key, byte[] Der)> batch)
    {
        try
        {
            Directory.CreateDirectory(_directory);
            var path = Path.Combine(_directory, $"batch-{Environment.ProcessId}-{Guid.NewGuid():N}.certs");
            var temporary = path + ".tmp";
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                void Put(ReadOnlySpan<byte> bytes)
                {
                    file.Write(bytes);
                    hash.AppendData(bytes);
                }

                Span<byte> head = stackalloc byte[KeyBytes + 4];
                Put(Magic);
                foreach (var (key, der) in batch)
                {
                    System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(head, key);
                    System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[KeyBytes..], der.Length);
                    Put(head);
                    Put(der);
                }

                file.Write(hash.GetHashAndReset());
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The store only saves CA work: a batch that cannot be written is issued again next run.
        }
    }

    private ConcurrentDictionary<UInt128, byte[]> LoadAll()
    {
        var index = new ConcurrentDictionary<UInt128, byte[]>();
        if (!Directory.Exists(_directory)) return index;
        foreach (var path in Directory.EnumerateFiles(_directory, "*.certs"))
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var (key, der) in Read(bytes))
            {
                if (index.Count >= _memoryCapacity) return index;
                index.TryAdd(key, der);
            }
        }

        return index;
    }

    /// <summary>The records of a whole batch file, or none when its checksum or layout is wrong.</summary>
    private static List<(UInt128 Key, byte[] Der)> Read(byte[] bytes)
    {
        var records = new List<(UInt128, byte[])>();
        if (bytes.Length < Magic.Length + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return records;
        var body = bytes.AsSpan(0, bytes.Length - 32);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length))) return records;
        for (int at = Magic.Length; at < body.Length;)
        {
            if (body.Length - at < KeyBytes + 4) return [];
            var key = System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(body[at..]);
            int length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(body[(at + KeyBytes)..]);
            at += KeyBytes + 4;
            if (length is <= 0 or > MaxDerBytes || length > body.Length - at) return [];
            records.Add((key, body.Slice(at, length).ToArray()));
            at += length;
        }

        return records;
    }
}
