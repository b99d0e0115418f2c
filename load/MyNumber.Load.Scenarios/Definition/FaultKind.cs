namespace MyNumber.Load.Scenarios.Definition;

/// <summary>Failures a scenario can inject; each is modelled on an incident in calibration.md.</summary>
public enum FaultKind
{
    /// <summary>Certificate renewal refused nationwide (2019-11-11, ~6 h).</summary>
    RenewalFunctionOutage,

    /// <summary>The certificate authority signs nothing: no issuance, no renewal.</summary>
    CaOutage,

    /// <summary>Revocation status cannot be read, so verifications that need it fail.</summary>
    RevocationOutage,

    /// <summary>Every storage call takes the given extra latency (the e-Tax 2022 database load).</summary>
    StorageLatency,

    /// <summary>Storage refuses writes and reads.</summary>
    StorageOutage,

    /// <summary>The back end answers slowly (the J-LIS saturation of 2020-05).</summary>
    BackendLatency,

    /// <summary>One silo is killed at the given time and restarted after the duration.</summary>
    SiloKill,

    /// <summary>Counters close for the day (Shinagawa, 2020-05-11 08:55).</summary>
    CounterClosure,

    /// <summary>A rolling patch leaves one kiosk server on the old build (Munakata 2023-06-28).</summary>
    KioskRollingPatch,
}
