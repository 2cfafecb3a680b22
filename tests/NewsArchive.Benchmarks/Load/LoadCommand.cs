using System.CommandLine;
using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Load;

/// <summary>The "load" sub-command: its options, handed to <see cref="LoadBenchmark"/>.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index")
        {
            Description = "The index to serve; built from --corpus first when it is missing. With --while-indexing a copy of it is written into, never the index itself.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "data", "bench", "load-bundled"),
        };
        var corpus = new Option<string>("--corpus") { Description = "What to index when --index is missing.", DefaultValueFactory = _ => RepositoryPaths.Corpus };
        var label = new Option<string?>("--label") { Description = "The corpus's name in the results; the index folder's name by default." };
        var work = new Option<string>("--work")
        {
            Description = "Folder for the index's copy, the new articles and the logs.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "data", "bench", "load"),
        };
        var clients = SpeedCommand.Positive(new Option<int>("--clients") { Description = "Concurrent clients, each sending its next request when the last is answered.", DefaultValueFactory = _ => 16 });
        var seconds = SpeedCommand.Positive(new Option<int>("--seconds") { Description = "Seconds of each measured run.", DefaultValueFactory = _ => 20 });
        var warmUp = SpeedCommand.NotNegative(new Option<int>("--warmup")
        {
            Description = "Seconds of unmeasured load once the server is up (after one request of each URL): a fresh server takes a while to reach its pace.",
            DefaultValueFactory = _ => 15,
        });
        var whileIndexing = new Option<bool>("--while-indexing") { Description = "Then run the load again while the real indexer (--watch) commits a new article every --every seconds." };
        var every = new Option<double>("--every") { Description = "Seconds between two new articles with --while-indexing.", DefaultValueFactory = _ => 2.5 };
        every.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() <= 0) result.AddError("--every must be a positive number of seconds.");
        });

        var command = new Command("load", "Throughput, latency and errors of the web app under a mixed load of searches (page and API, every filter) and article pages; with --while-indexing, also while the indexer commits new articles, and how soon they can be found.")
        {
            index, corpus, label, work, clients, seconds, warmUp, whileIndexing, every,
        };
        command.SetAction((parse, cancellation) =>
        {
            // Absolute: the apps resolve relative paths against their own folders, not this one.
            var indexPath = Path.GetFullPath(parse.GetValue(index)!);
            var options = new LoadOptions(
                indexPath,
                Path.GetFullPath(parse.GetValue(corpus)!),
                parse.GetValue(label) ?? Path.GetFileName(indexPath.TrimEnd(Path.DirectorySeparatorChar)),
                Path.GetFullPath(parse.GetValue(work)!),
                parse.GetValue(clients),
                parse.GetValue(seconds),
                parse.GetValue(warmUp),
                parse.GetValue(whileIndexing),
                parse.GetValue(every));
            return new LoadBenchmark(options, parse.InvocationConfiguration.Output).RunAsync(cancellation);
        });
        return command;
    }
}
