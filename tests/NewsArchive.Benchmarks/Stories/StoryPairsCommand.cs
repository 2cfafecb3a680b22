using System.CommandLine;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>The "story-pairs" sub-command: its options, handed to <see cref="StoryPairsBenchmark"/>.</summary>
internal static class StoryPairsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "An index built by the indexer.", Required = true };
        var pairs = new Option<string[]>("--pairs")
        {
            Description = "Labelled pairs files (Stories/pairs/*.tsv) of the index's corpus; without them, only the story sizes are reported.",
            AllowMultipleArgumentsPerToken = true,
        };
        var name = new Option<string?>("--name") { Description = "A name for the run in the results, e.g. the grouping measured; by default the index folder's name." };

        var command = new Command("story-pairs", "Reports how an index's stories agree with pairs of articles labelled same, related or different happening: recall and false merges per half and stratum, and the story sizes.")
        {
            index, pairs, name,
        };
        command.SetAction(parse =>
        {
            var indexPath = parse.GetValue(index)!;
            new StoryPairsBenchmark(indexPath, parse.GetValue(pairs) ?? [], parse.GetValue(name) ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(indexPath)),
                parse.InvocationConfiguration.Output).Run();
        });
        return command;
    }
}
