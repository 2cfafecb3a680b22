using System.CommandLine;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>The "relevance" sub-command: its options, handed to <see cref="RelevanceBenchmark"/>.</summary>
internal static class RelevanceCommand
{
    public static Command Create()
    {
        var sample = new Option<int>("--sample") { Description = "Known-item queries to draw.", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw; the same seed draws the same queries.", DefaultValueFactory = _ => 1987 };
        var maxDf = new Option<double>("--max-df")
        {
            Description = "A query word occurs in at most this share of stories.",
            DefaultValueFactory = _ => SampleRules.DefaultMaxDocumentFraction,
        };
        var wordsFrom = new Option<WordSource>("--words-from")
        {
            Description = "Draw query words from the body only, or from headline and body (the story).",
            DefaultValueFactory = _ => WordSource.Body,
        };
        var sweep = new Option<bool>("--sweep") { Description = "Also try other title boosts, k1 and b, and TF-IDF, to tune the ranking." };
        var corpus = new Option<string>("--corpus") { Description = "The Reuters-21578 JSON Lines file.", DefaultValueFactory = _ => RepositoryPaths.Reuters };

        var command = new Command("relevance", "Known-item search on Reuters-21578: NewsArchive against SQLite FTS5 (MRR, success@1/@10, latency).")
        {
            sample, seed, maxDf, wordsFrom, sweep, corpus,
        };
        command.SetAction(parse =>
        {
            var rules = new SampleRules(parse.GetValue(sample), parse.GetValue(seed), parse.GetValue(wordsFrom))
            {
                MaxDocumentFraction = parse.GetValue(maxDf),
            };
            new RelevanceBenchmark(parse.GetValue(corpus)!, rules, parse.GetValue(sweep), parse.InvocationConfiguration.Output).Run();
        });
        return command;
    }
}
