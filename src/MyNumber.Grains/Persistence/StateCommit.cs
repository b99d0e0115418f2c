using MyNumber.Contracts.Common;

namespace MyNumber.Grains.Persistence;

/// <summary>
/// Writes a grain's next state as one unit: either storage has it and the grain holds it, or neither
/// does. On a storage fault the grain keeps its previous state and the caller gets a
/// <see cref="StorageUnavailableException"/> that says what was not applied.
/// </summary>
public static class StateCommit
{
    public static async Task CommitAsync<T>(this IPersistentState<StoredState<T>> store, T next, string grainKey)
        where T : class
    {
        var previous = store.State.Value;
        store.State.Value = next;
        try
        {
            await store.WriteStateAsync();
        }
        catch (Exception ex) when (ex is not StorageUnavailableException)
        {
            store.State.Value = previous;
            // The inner exception stays on this silo (it may not be serializable); its type and text travel.
            throw new StorageUnavailableException(
                $"Grain storage unavailable: the change to {grainKey} was not applied ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
