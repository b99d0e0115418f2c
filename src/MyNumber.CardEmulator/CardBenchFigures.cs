namespace MyNumber.CardEmulator;

/// <summary>
/// What <see cref="CardBench"/> measured. Round trips are one READ BINARY of 4 bytes, in microseconds;
/// signatures are SHA-256 DigestInfo signatures with the user-authentication key (RSA-2048).
/// </summary>
public sealed record CardBenchFigures(
    int RoundTrips,
    double InMemoryMedianMicroseconds,
    double InMemoryP99Microseconds,
    double PcscMedianMicroseconds,
    double PcscP99Microseconds,
    int Signatures,
    double InMemorySignaturesPerSecond,
    double PcscSignaturesPerSecond);
