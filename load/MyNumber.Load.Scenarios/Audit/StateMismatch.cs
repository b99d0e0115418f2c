using MyNumber.Contracts.Cards;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>A resident whose current card disagrees with the log (the resident by its opaque population index, never its My Number).</summary>
public sealed record StateMismatch(long ResidentIndex, string? CardKey, string Operation, long Sequence, IReadOnlySet<CardStatus> Expected, CardStatus? Actual)
{
    public string Describe() =>
        $"resident {ResidentIndex}: after {Operation} (#{Sequence}) expected {string.Join(" or ", Expected.Order())}, card {CardKey ?? "none"} is {Actual?.ToString() ?? "missing"}";
}
