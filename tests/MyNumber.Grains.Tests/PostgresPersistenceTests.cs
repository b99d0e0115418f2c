using MyNumber.Contracts;
using MyNumber.Contracts.Common;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;
using Npgsql;

namespace MyNumber.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPersistenceTests(PostgresCluster fleet) : PersistenceContract(fleet)
{
    [PostgresFact(DisplayName = "postgres: an untouched resident comes from the generator and writes nothing")]
    public Task Untouched() => Run(UntouchedResidentIsGeneratedAndNotWritten);

    [PostgresFact(DisplayName = "postgres: a changed resident survives deactivation")]
    public Task Changed() => Run(ChangedResidentSurvivesDeactivation);

    [PostgresFact(DisplayName = "R-PIN-2 postgres: the wrong-PIN counter survives deactivation")]
    public Task PinCounter() => Run(PinCounterSurvivesDeactivation);

    [PostgresFact(DisplayName = "postgres: keys that look like hex stay apart")]
    public Task HexKeys() => Run(HexLookingKeysStayApart);

    [PostgresFact(DisplayName = "postgres: state survives a silo restart")]
    public async Task SurvivesRestart()
    {
        PostgresFactAttribute.RequireDatabase();
        var key = FleetKeys.Resident(NextIndex());
        Assert.True((await fleet.Client.GetGrain<IResidentGrain>(key).ChangeNameAsync("Renamed Resident")).Accepted);
        await fleet.RestartAsync();
        var facts = await fleet.Client.GetGrain<IResidentGrain>(key).GetFactsAsync();
        Assert.Equal("Renamed Resident", facts!.Name);
    }

    [PostgresFact(DisplayName = "postgres: storage unavailable gives a clear exception and no half-written state")]
    public async Task StorageUnavailable()
    {
        PostgresFactAttribute.RequireDatabase();
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(NextIndex()));
        var before = await resident.GetAsync();
        await ExecuteAsync("ALTER TABLE orleansstorage RENAME TO orleansstorage_away");
        try
        {
            var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => resident.RegisterOldSurnameAsync("Lost"));
            Assert.Contains("was not applied", ex.Message);
            Assert.Contains(FleetKeys.Resident(0)[..9], ex.Message);
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE orleansstorage_away RENAME TO orleansstorage");
        }

        Assert.Equal(before, await resident.GetAsync());
    }

    private static async Task Run(Func<Task> test)
    {
        PostgresFactAttribute.RequireDatabase();
        await test();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresCluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
