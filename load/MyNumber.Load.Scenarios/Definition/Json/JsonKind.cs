namespace MyNumber.Load.Scenarios.Definition.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
