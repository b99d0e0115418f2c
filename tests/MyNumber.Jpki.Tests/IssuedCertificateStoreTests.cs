using MyNumber.Jpki.Authority;

namespace MyNumber.Jpki.Tests;

public sealed class IssuedCertificateStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mn-cert-store-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact(DisplayName = "A stored certificate is found again by a new store on the same directory, and only by the same authority")]
    public void SurvivesBetweenRuns()
    {
        var key = IssuedCertificateStore.KeyOf("UserAuthentication|42|0|...");
        var der = new byte[] { 0x30, 0x03, 0x02, 0x01, 0x07 };
        var first = new IssuedCertificateStore(_directory, "authority-a", batchSize: 1);
        first.Add(key, der);
        first.Flush();

        Assert.True(WaitFor(() => new IssuedCertificateStore(_directory, "authority-a").TryGet(key, out _)));
        Assert.True(new IssuedCertificateStore(_directory, "authority-a").TryGet(key, out var again));
        Assert.Equal(der, again);
        Assert.False(new IssuedCertificateStore(_directory, "authority-b").TryGet(key, out _));
        Assert.NotEqual(key, IssuedCertificateStore.KeyOf("UserAuthentication|42|1|..."));
    }

    [Fact(DisplayName = "A damaged batch file is skipped whole, and a half-written temporary file is never read")]
    public void DamagedFilesAreSkipped()
    {
        var store = new IssuedCertificateStore(_directory, "authority-a");
        for (int i = 0; i < 10; i++) store.Add(IssuedCertificateStore.KeyOf($"order {i}"), [0x30, 0x01, (byte)i]);
        store.Flush();
        var file = Directory.EnumerateFiles(_directory, "*.certs", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(10, new IssuedCertificateStore(_directory, "authority-a").Count);

        bytes[20] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(file)!, "half.certs.tmp"), bytes[..30]);
        Assert.Equal(0, new IssuedCertificateStore(_directory, "authority-a").Count);
    }

    [Fact(DisplayName = "Several writers at once each keep their certificates and no reader sees a torn batch")]
    public void ConcurrentWritersKeepEverything()
    {
        Parallel.For(0, 4, writer =>
        {
            var store = new IssuedCertificateStore(_directory, "authority-a", batchSize: 7);
            for (int i = 0; i < 50; i++) store.Add(IssuedCertificateStore.KeyOf($"{writer}/{i}"), [0x30, 0x01, (byte)i]);
            store.Flush();
        });

        Assert.True(WaitFor(() => new IssuedCertificateStore(_directory, "authority-a").Count == 200));
    }

    private static bool WaitFor(Func<bool> condition)
    {
        // Full batches are written off the caller's thread.
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; Thread.Sleep(20))
            if (condition()) return true;
        return condition();
    }
}
