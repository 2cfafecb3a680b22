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
            Description = "Where the sets go; the review files go to review/ beside it.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Benchmarks", "Spelling", "sets"),
        };
        var seed = new Option<int>("--seed") { Description = "Seed of every draw and of the dev/test split.", DefaultValueFactory = _ => 16 };
        var mine = new Option<bool>("--mine") { Description = "Draw mined candidates into a new review file, instead of writing the sets from the reviewed ones." };
        var review = new Option<int>("--review") { Description = "Mined candidates drawn for review.", DefaultValueFactory = _ => 400 };
        var minLength = new Option<int>("--min-review-length") { Description = "Draw only candidates of this many letters or more.", DefaultValueFactory = _ => MisspellingMiner.MinLength };

        var minFrequent = new Option<int>("--min-review-frequent") { Description = "Draw only candidates whose frequent word is in this many articles or more.", DefaultValueFactory = _ => 0 };
        var known = new Option<string[]>("--known") { Description = "Misspellings known to the archive, reviewed whether drawn or not.", AllowMultipleArgumentsPerToken = true };
        var freshFrom = new Option<string[]>("--fresh-from")
        {
            Description = "Review files (names in review/, e.g. reuters-2.tsv) whose kept words alone go to NAME-fresh.tsv, all in the half \"fresh\"; no other set is written.",
            AllowMultipleArgumentsPerToken = true,
        };
        var rareReal = new Option<bool>("--rare-real") { Description = "Write only NAME-rare-real.tsv: the reviewed candidates that are real words or names, from every review file." };

        var command = new Command("spelling-sets", "With --mine, draws mined candidates into a new review file (review/NAME-n.tsv); once reviewed, writes the sets NAME-mined, NAME-generated, NAME-correct and NAME-rare-real.")
        {
            index, corpus, name, folder, seed, mine, review, minLength, minFrequent, known, freshFrom, rareReal,
        };
        command.SetAction(parse => new SpellingSetBuilder(
            parse.GetValue(index)!, parse.GetValue(corpus)!, parse.GetValue(name)!, parse.GetValue(folder)!, parse.GetValue(seed), parse.GetValue(mine), parse.GetValue(review), parse.GetValue(minLength), parse.GetValue(minFrequent), parse.GetValue(known) ?? [],
            parse.GetValue(freshFrom) ?? [], parse.GetValue(rareReal), parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
