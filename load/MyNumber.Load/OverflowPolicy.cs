namespace MyNumber.Load;

/// <summary>What an open-model scenario does with an arrival when its concurrency cap is reached.</summary>
public enum OverflowPolicy
{
    /// <summary>The arrival is not run and is counted as dropped (k6's behaviour).</summary>
    Drop,

    /// <summary>
    /// The arrival waits in a bounded queue and starts when a slot frees; its latency still counts
    /// from the intended start (wrk2's behaviour). A full queue drops.
    /// </summary>
    Queue,
}
