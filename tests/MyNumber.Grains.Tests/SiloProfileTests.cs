using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Contracts;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;
using MyNumber.Grains.Time;
using MyNumber.Silo;
using Npgsql;

namespace MyNumber.Grains.Tests;

/// <summary>The silo host on each profile of silo-config/, started for real (TCP on loopback).</summary>
public sealed class SiloProfileTests
{
    [Fact(DisplayName = "local profile: a silo starts with memory storage and answers grain calls")]
    public async Task LocalProfileStarts()
    {
        using var host = SiloHost.Build("local", Ports("local-test"));
        await host.StartAsync();
        try
        {
            var resident = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IResidentGrain>(FleetKeys.Resident(42));
            Assert.NotNull(await resident.GetAsync());
            Assert.Equal(ClockMode.Real, host.Services.GetRequiredService<SimulatedTimeProvider>().Mode);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [PostgresFact(DisplayName = "postgres profile: ADO.NET clustering marks the silo active and the reminder table round-trips")]
    public async Task PostgresProfileStarts()
    {
        PostgresFactAttribute.RequireDatabase();
        var clusterId = "profile-" + Guid.NewGuid().ToString("N")[..8];
        using var host = SiloHost.Build("postgres", Ports(clusterId));
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var resident = grains.GetGrain<IResidentGrain>(FleetKeys.Resident(43));
            Assert.True((await resident.RegisterOldSurnameAsync("Profile")).Accepted);
            Assert.Equal(3L, await ScalarAsync($"select status from orleansmembershiptable where deploymentid = '{clusterId}'"));

            var reminders = host.Services.GetRequiredService<IReminderTable>();
            var entry = new ReminderEntry
            {
                GrainId = GrainId.Create("resident", FleetKeys.Resident(43)),
                ReminderName = "renewal-notice",
                StartAt = DateTime.UtcNow,
                Period = TimeSpan.FromDays(1),
            };
            var etag = await reminders.UpsertRow(entry);
            var read = await reminders.ReadRow(entry.GrainId, entry.ReminderName);
            Assert.NotNull(read);
            Assert.Equal(TimeSpan.FromDays(1), read.Period);
            Assert.Equal(etag, read.ETag);
            Assert.True(await reminders.RemoveRow(entry.GrainId, entry.ReminderName, etag!));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static string[] Ports(string clusterId) =>
    [
        $"--Silo:SiloPort={FreePort()}", $"--Silo:GatewayPort={FreePort()}", $"--Silo:ClusterId={clusterId}",
        $"--Silo:ServiceId=svc-{clusterId}",
    ];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresCluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
