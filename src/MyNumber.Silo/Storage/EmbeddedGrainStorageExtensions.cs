using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace MyNumber.Silo.Storage;

/// <summary>Registers <see cref="EmbeddedGrainStorage"/> under a provider name, like the other Orleans storage providers.</summary>
public static class EmbeddedGrainStorageExtensions
{
    public static ISiloBuilder AddEmbeddedGrainStorage(this ISiloBuilder silo, string name,
        int shardCount = EmbeddedGrainStorage.DefaultShardCount)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        silo.Services.AddGrainStorage(name,
            (services, _) => new EmbeddedGrainStorage(services.GetRequiredService<Serializer>(), shardCount));
        return silo;
    }
}
