using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MyNumber.Silo;

/// <summary>
/// Runs one silo with a named profile until the token is cancelled or the process is asked to stop
/// (Ctrl+C, SIGTERM). This is what <c>mynumber silo --profile local|postgres</c> calls.
/// </summary>
public static class SiloHost
{
    public static async Task RunAsync(string profile, string[] args, CancellationToken cancellationToken)
    {
        using var host = Build(profile, args);
        // RunAsync, not StartAsync + an endless delay: only the former honours SIGTERM.
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the host without starting it (for callers that manage its lifetime themselves).</summary>
    public static IHost Build(string profile, string[] args)
    {
        var profileConfig = SiloConfigFiles.Load(profile, args);
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddConfiguration(profileConfig);
        builder.UseOrleans(silo => SiloHostBuilder.Configure(silo, profileConfig));
        return builder.Build();
    }
}
