using System.CommandLine;

namespace MyNumber.Cli.Commands;

/// <summary>Every command of <c>mynumber</c>, one line each: add a new command here.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<Command> All() =>
    [
        DatesCommand.Create(),
        CalendarCommand.Create(),
        NumberCommand.Create(),
        RunCommand.Create(),
        ReplayCommand.Create(),
        DiffCommand.Create(),
        CapacityCommand.Create(),
        BenchCommand.Create(),
        LoadCommand.Create(),
        ReadersCommand.Create(),
        CardCommand.Create(),
        AttachCommand.Create(),
        SiloCommand.Create(),
        VerifyLogCommand.Create(),
    ];
}
