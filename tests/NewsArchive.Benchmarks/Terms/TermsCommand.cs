using System.CommandLine;

namespace NewsArchive.Benchmarks.Terms;

/// <summary>The "terms" sub-command: its options, handed to <see cref="TermsBenchmark"/>.</summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "An index built by the indexer.", Required = true };
        var queries = new Option<int>("--queries") { Description = "Searches to draw: words of the archive in at least --min-matches articles.", DefaultValueFactory = _ => 30 };
        var minMatches = new Option<int>("--min-matches") { Description = "Articles a drawn word is in at least, so that a sample is smaller than its matches.", DefaultValueFactory = _ => 3_000 };
        var reads = new Option<string>("--reads") { Description = "Sample sizes to compare with reading every match, comma-separated.", DefaultValueFactory = _ => "250,500,1000,2000" };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw of searches.", DefaultValueFactory = _ => 19 };

        var command = new Command("terms", "Top terms: how much of the ranking of every match a random sample keeps (overlap of the top 20), and what each size costs.")
        {
            index, queries, minMatches, reads, seed,
        };
        command.SetAction(parse => new TermsBenchmark(
            parse.GetValue(index)!, parse.GetValue(queries), parse.GetValue(minMatches),
            parse.GetValue(reads)!.Split(',').Select(int.Parse).ToList(), parse.GetValue(seed), parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
