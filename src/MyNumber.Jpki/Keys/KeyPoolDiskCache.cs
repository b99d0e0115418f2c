using System.Security.Cryptography;
using System.Text;

namespace MyNumber.Jpki.Keys;

/// <summary>
/// Keys already generated for a (seed, label, index), as PKCS#1 DER files: a second start of the same fleet
/// loads its pool in milliseconds instead of generating it again. A damaged file is regenerated.
/// </summary>
internal sealed class KeyPoolDiskCache(string directory)
{
    public RSAParameters? TryLoad(string seed, string label, int index)
    {
        var path = PathFor(seed, label, index);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportRSAPrivateKey(File.ReadAllBytes(path), out _);
            return rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Store(string seed, string label, int index, RSAParameters key)
    {
        Directory.CreateDirectory(directory);
        using var rsa = RSA.Create();
        rsa.ImportParameters(key);
        var path = PathFor(seed, label, index);
        // Write then rename, so a concurrent reader or a crash never sees half a key.
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, rsa.ExportRSAPrivateKey());
        File.Move(temporary, path, overwrite: true);
    }

    private string PathFor(string seed, string label, int index)
    {
        // The seed is hashed so any string is a safe file name.
        var seedTag = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0, 8);
        return Path.Combine(directory, $"{label}-{seedTag}-{index:D5}.rsa2048.der");
    }
}
