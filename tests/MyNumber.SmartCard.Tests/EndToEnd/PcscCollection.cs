namespace MyNumber.SmartCard.Tests.EndToEnd;

/// <summary>The end-to-end tests share one vpcd slot, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PcscCollection
{
    public const string Name = "pcscd and vpcd";
}
