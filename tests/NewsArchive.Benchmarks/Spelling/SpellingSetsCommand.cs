using System.CommandLine;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>The "spelling-sets" sub-command: its options, handed to <see cref="SpellingSetBuilder"/>.</summary>
internal static class SpellingSetsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "An index built by the indexer from the corpus.", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The corpus the index was built from, read for capitals and for the text around each candidate.", Required = true };
        var name = new Option<string>("--name") { Description = "The archive's name in the files' names, e.g. allsides.", Required = true };
        var folder = new Option<string>("--folder")
        {
            Description = "Where the review file and the sets go.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Benchmarks", "Spelling", "sets"),
        };
        var seed = new Option<int>("--seed") { Description = "Seed of every draw and of the dev/test split.", DefaultValueFactory = _ => 16 };
        var review = new Option<int>("--review") { Description = "Mined candidates drawn for review.", DefaultValueFactory = _ => 400 };

        var known = new Option<string[]>("--known") { Description = "Misspellings known to the archive, reviewed whether drawn or not.", AllowMultipleArgumentsPerToken = true };

        var command = new Command("spelling-sets", "Writes the mined candidates for review (review-NAME.tsv); once reviewed, the mined, generated and correct-word sets.")
        {
            index, corpus, name, folder, seed, review, known,
        };
        command.SetAction(parse => new SpellingSetBuilder(
            parse.GetValue(index)!, parse.GetValue(corpus)!, parse.GetValue(name)!, parse.GetValue(folder)!, parse.GetValue(seed), parse.GetValue(review), parse.GetValue(known) ?? [],
            parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
