using Orleans.Runtime;

namespace MyNumber.Contracts;

/// <summary>
/// Grain references without Orleans' per-call type resolution. <c>IGrainFactory.GetGrain&lt;T&gt;(key)</c>
/// finds the interface's <see cref="GrainInterfaceType"/> by reflection (custom attributes, type-name
/// formatting) on every call: on the clinic path, at thousands of verifications a second, that was about a
/// tenth of the process's CPU. The grain type and interface type of <typeparamref name="T"/> are the same for
/// every key, so they are taken once from an ordinary reference and reused; the references made here are the
/// ones Orleans would make (same grain id, same interface type).
/// </summary>
public static class GrainReferences<T> where T : IAddressable
{
    private static (GrainType Grain, GrainInterfaceType Interface)? _types;

    /// <summary>The reference to the grain with string key <paramref name="key"/>.</summary>
    public static T Of(IGrainFactory grains, string key)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var types = _types ??= TypesOf(grains.GetGrain(typeof(T), key));
        return (T)grains.GetGrain(GrainId.Create(types.Grain, IdSpan.Create(key)), types.Interface);
    }

    /// <summary>The reference to the grain with integer key <paramref name="key"/>.</summary>
    public static T Of(IGrainFactory grains, long key)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var types = _types ??= TypesOf(grains.GetGrain(typeof(T), key));
        return (T)grains.GetGrain(GrainId.Create(types.Grain, GrainIdKeyExtensions.CreateIntegerKey(key)), types.Interface);
    }

    private static (GrainType, GrainInterfaceType) TypesOf(IAddressable reference)
    {
        var grainReference = (GrainReference)reference;
        return (grainReference.GrainId.Type, grainReference.InterfaceType);
    }
}
