using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NewsArchive.Indexer;

/// <summary>
/// The standard help, for a subcommand of a command that takes arguments of its own. The standard
/// help lists the parent's arguments with the subcommand's, in its usage line too
/// ("NewsArchive.Indexer &lt;inputs&gt;... search"), though the files to index are never given with
/// a search; this hides them while it writes. (System.CommandLine keeps its help builder internal,
/// so a section cannot be left out any other way.)
/// </summary>
internal sealed class SubcommandHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction help = new();

    /// <summary>Asking for help is not an error, even with a required option missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var parentArguments = parseResult.CommandResult.Command.Parents.OfType<Command>()
            .SelectMany(parent => parent.Arguments)
            .Where(argument => !argument.Hidden)
            .ToList();
        foreach (var argument in parentArguments) argument.Hidden = true;
        try
        {
            return help.Invoke(parseResult);
        }
        finally
        {
            foreach (var argument in parentArguments) argument.Hidden = false;
        }
    }
}
