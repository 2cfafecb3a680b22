using System.CommandLine;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>The "story-pairs-draw" sub-command: its options, handed to <see cref="PairDraw"/>.</summary>
internal static class StoryPairsDrawCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The corpus to draw pairs of articles from.", Required = true };
        var name = new Option<string>("--name") { Description = "The archive's name in the file's name, e.g. allsides.", Required = true };
        var folder = new Option<string>("--folder")
        {
            Description = "Where the pairs file goes.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Benchmarks", "Stories", "pairs"),
        };
        var draw = new Option<int>("--draw") { Description = "Pairs to draw, shared equally by the strata headline, names, topic, later and random.", DefaultValueFactory = _ => 400 };
        var known = new Option<int>("--known") { Description = "Most pairs among the issue's known examples, besides --draw.", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw and of the dev/test split.", DefaultValueFactory = _ => 17 };

        var command = new Command("story-pairs-draw", "Draws pairs of articles of different outlets, in strata from easy to hard, into a new file (pairs/NAME-n.tsv) to be labelled by reading.")
        {
            corpus, name, folder, draw, known, seed,
        };
        command.SetAction(parse => new PairDraw(parse.GetValue(corpus)!, parse.GetValue(name)!, parse.GetValue(folder)!, parse.GetValue(draw),
            parse.GetValue(known), parse.GetValue(seed), parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
