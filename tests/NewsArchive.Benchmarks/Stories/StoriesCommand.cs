using System.CommandLine;
using NewsArchive.Core.Stories;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>The "stories" sub-command: its options, handed to <see cref="StoriesBenchmark"/>.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var defaults = new StoryOptions();
        var corpus = new Option<string>("--corpus") { Description = "Corpus file or folder to index and group.", DefaultValueFactory = _ => RepositoryPaths.Corpus };
        var work = new Option<string>("--work") { Description = "Folder for the index.", DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "data", "bench", "stories") };
        var sample = new Option<int>("--sample") { Description = "Stories of several articles to draw for reading.", DefaultValueFactory = _ => 40 };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw.", DefaultValueFactory = _ => 2022 };
        var sameEvent = new Option<double>("--same-event") { Description = "TF-IDF cosine threshold.", DefaultValueFactory = _ => defaults.SameEventSimilarity };
        var perDay = new Option<double>("--same-event-per-day") { Description = "What the cosine threshold rises by for each day between two reports.", DefaultValueFactory = _ => defaults.SameEventSimilarityPerDay };
        var sameSource = new Option<double>("--same-source") { Description = "Cosine two reports of one outlet need.", DefaultValueFactory = _ => defaults.SameSourceSimilarity };
        var merge = new Option<double>("--merge") { Description = "Cosine an article needs with each of two stories to merge them.", DefaultValueFactory = _ => defaults.MergeSimilarity };
        var nearCopy = new Option<double>("--near-copy") { Description = "Shingle Jaccard threshold.", DefaultValueFactory = _ => defaults.NearCopySimilarity };
        var window = new Option<int>("--window") { Description = "Days either side to look for the same event.", DefaultValueFactory = _ => defaults.EventWindowDays };
        var span = new Option<int>("--span") { Description = "Most days a story may span.", DefaultValueFactory = _ => defaults.MaxStoryDays };

        var command = new Command("stories", "Indexes a corpus, groups it into stories, and reports the groups: counts, sizes, time, and a sample to read.")
        {
            corpus, work, sample, seed, sameEvent, perDay, sameSource, merge, nearCopy, window, span,
        };
        command.SetAction(parse =>
        {
            var options = new StoryOptions
            {
                SameEventSimilarity = parse.GetValue(sameEvent),
                SameEventSimilarityPerDay = parse.GetValue(perDay),
                SameSourceSimilarity = parse.GetValue(sameSource),
                MergeSimilarity = parse.GetValue(merge),
                NearCopySimilarity = parse.GetValue(nearCopy),
                EventWindowDays = parse.GetValue(window),
                MaxStoryDays = parse.GetValue(span),
            };
            new StoriesBenchmark(parse.GetValue(corpus)!, parse.GetValue(work)!, options, parse.InvocationConfiguration.Output)
                .Run(parse.GetValue(sample), parse.GetValue(seed));
        });
        return command;
    }
}
