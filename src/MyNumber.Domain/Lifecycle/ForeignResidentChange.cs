namespace MyNumber.Domain.Lifecycle;

/// <summary>R-MOVE-6: the changes a foreign resident must bring to the counter within 14 days.</summary>
public enum ForeignResidentChange
{
    Address,
    Name,
    PeriodOfStayExtended,
}
