using System.CommandLine;

namespace NewsArchive.Benchmarks.Headlines;

/// <summary>The "headlines" sub-command: its options, handed to <see cref="HeadlineBenchmark"/>.</summary>
internal static class HeadlinesCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "An index built by the indexer from the corpus.", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The corpus the index was built from (JSON Lines, gzipped or not).", Required = true };
        var sample = new Option<int>("--sample") { Description = "Headlines to draw.", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw; the same seed draws the same headlines.", DefaultValueFactory = _ => 2017 };

        var command = new Command("headlines", "Pasted headlines: each article's headline, exactly as written, as the query (zero results, rank 1, MRR@10).")
        {
            index, corpus, sample, seed,
        };
        command.SetAction(parse => new HeadlineBenchmark(
            parse.GetValue(index)!, parse.GetValue(corpus)!, parse.GetValue(sample), parse.GetValue(seed), parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
