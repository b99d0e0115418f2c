namespace MyNumber.Cli.Bench;

/// <summary>
/// How long each measurement runs, and whether the long soak figures (the 30-minute engine memory run,
/// the 1 M-activation memory figure) run at full size. Short runs still measure value and baseline in
/// the same run, so their ratios stay honest; they are only noisier.
/// </summary>
public sealed record BenchSettings(TimeSpan Duration, bool Full, string WorkDirectory);
