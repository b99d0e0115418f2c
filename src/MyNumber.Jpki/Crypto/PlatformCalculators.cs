using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;

namespace MyNumber.Jpki.Crypto;

/// <summary>Collects the bytes BouncyCastle streams in and signs them with the platform RSA.</summary>
internal sealed class PlatformSignatureCalculator(RSA privateKey) : IStreamCalculator<IBlockResult>
{
    private readonly MemoryStream _buffer = new();

    public Stream Stream => _buffer;

    // BouncyCastle disposes the stream before asking for the result; ToArray still works after dispose.
    public IBlockResult GetResult() =>
        new SignatureBlock(privateKey.SignData(_buffer.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
}

/// <summary>Collects the bytes BouncyCastle streams in and verifies a signature over them with the platform RSA.</summary>
internal sealed class PlatformVerifierCalculator(RSA publicKey) : IStreamCalculator<IVerifier>
{
    private readonly MemoryStream _buffer = new();

    public Stream Stream => _buffer;

    public IVerifier GetResult() => new PlatformVerifier(publicKey, _buffer.ToArray());
}

internal sealed class PlatformVerifier(RSA publicKey, byte[] data) : IVerifier
{
    public bool IsVerified(byte[] data1) => IsVerified(data1, 0, data1.Length);

    public bool IsVerified(byte[] source, int off, int length) =>
        publicKey.VerifyData(data, source.AsSpan(off, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}

internal sealed class SignatureBlock(byte[] signature) : IBlockResult
{
    public byte[] Collect() => (byte[])signature.Clone();

    public int Collect(byte[] buf, int off)
    {
        signature.CopyTo(buf, off);
        return signature.Length;
    }

    public int Collect(Span<byte> output)
    {
        signature.CopyTo(output);
        return signature.Length;
    }

    public int GetMaxResultLength() => signature.Length;
}
