using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>The "speed" sub-command: its options, checked and handed to <see cref="SpeedBenchmark"/>.</summary>
internal static class SpeedCommand
{
    public static Command Create()
    {
        var sizes = new Option<IReadOnlyList<CorpusSize>>("--sizes")
        {
            Description = $"Comma-separated sizes, measured smallest first: {CorpusSize.BundledLabel} (the bundled Reuters file), " +
                $"{CorpusSize.AllSidesLabel} (the --allsides file), or a count of articles such as 216k, 1M, 50000 (generated from both).",
            CustomParser = result => ParseList<CorpusSize>(result, "--sizes", CorpusSize.TryParse),
            DefaultValueFactory = _ => [CorpusSize.Bundled, CorpusSize.Scaled(216_000), CorpusSize.Scaled(1_000_000)],
        };
        var steps = new Option<IReadOnlyList<SpeedStep>>("--steps")
        {
            Description = "Comma-separated steps: index, fts5, search, web, startup. Search and web use the index a previous run left in --work when index is not among them.",
            CustomParser = result => ParseList<SpeedStep>(result, "--steps", TryParseStep),
            DefaultValueFactory = _ => Enum.GetValues<SpeedStep>(),
        };
        var work = new Option<string>("--work")
        {
            Description = "Folder for generated corpora, indexes and logs, kept between runs.",
            DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "data", "bench"),
        };
        var allSides = new Option<string>("--allsides")
        {
            Description = "The AllSides JSON Lines file; without it, scaled corpora are made of Reuters stories only.",
            DefaultValueFactory = _ => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpora", "allsides37k.jsonl.gz")),
        };
        var runs = Positive(new Option<int>("--runs") { Description = "Rounds over the query mix in the search step.", DefaultValueFactory = _ => 20 });
        var seconds = Positive(new Option<int>("--seconds") { Description = "Seconds of each measured load run in the web step.", DefaultValueFactory = _ => 15 });
        var serverWarmUp = NotNegative(new Option<int>("--server-warmup")
        {
            Description = "Seconds of unmeasured load on all the web step's URLs once the server is up: a fresh server needs about 20 s of load to reach its pace.",
            DefaultValueFactory = _ => 20,
        });
        var warmUp = NotNegative(new Option<int>("--warmup")
        {
            Description = "Seconds of unmeasured load on a target's URLs before its measured run in the web step.",
            DefaultValueFactory = _ => 3,
        });
        var clients = Positive(new Option<int>("--clients") { Description = "Concurrent clients in the web step.", DefaultValueFactory = _ => 32 });
        var diverse = NotNegative(new Option<int>("--diverse")
        {
            Description = "Distinct searches drawn from the index's own headlines, each asked once, in the search step (beside the bare Lucene.Net reference) and the web step; 0 for none.",
            DefaultValueFactory = _ => DiverseQueries.DefaultCount,
        });
        var verbose = new Option<bool>("--verbose") { Description = "Also print each query kind's mean time and hits." };

        var command = new Command("speed", "Indexing speed and memory, in-process search latency, web throughput under load, and the first start.")
        {
            sizes, steps, work, allSides, runs, seconds, serverWarmUp, warmUp, clients, diverse, verbose,
        };
        command.SetAction((parse, cancellation) =>
        {
            var options = new SpeedOptions(
                parse.GetValue(sizes)!.DistinctBy(s => s.Label).OrderBy(s => s.Articles).ToList(),
                parse.GetValue(steps)!.ToHashSet(),
                Path.GetFullPath(parse.GetValue(work)!),
                Path.GetFullPath(parse.GetValue(allSides)!),
                parse.GetValue(runs),
                parse.GetValue(seconds),
                parse.GetValue(serverWarmUp),
                parse.GetValue(warmUp),
                parse.GetValue(clients),
                parse.GetValue(diverse),
                parse.GetValue(verbose));
            return new SpeedBenchmark(options, parse.InvocationConfiguration.Output).RunAsync(cancellation);
        });
        return command;
    }

    private delegate bool TryRead<T>(string text, out T value);

    /// <summary>Values separated by commas (or given as several tokens), each read by <paramref name="read"/>.</summary>
    private static IReadOnlyList<T> ParseList<T>(ArgumentResult result, string name, TryRead<T> read)
    {
        var values = new List<T>();
        foreach (var text in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (read(text, out var value)) values.Add(value);
            else result.AddError($"{name}: cannot use \"{text}\".");
        }
        if (values.Count == 0 && result.Tokens.Count > 0) result.AddError($"{name} needs at least one value.");
        return values;
    }

    /// <summary>A step by name; numbers, which Enum.TryParse would also accept, are not names.</summary>
    private static bool TryParseStep(string text, out SpeedStep step) =>
        Enum.TryParse(text, ignoreCase: true, out step) && Enum.IsDefined(step) && !int.TryParse(text, out _);

    internal static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0) result.AddError($"{option.Name} must be a positive number.");
        });
        return option;
    }

    internal static Option<int> NotNegative(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0) result.AddError($"{option.Name} must not be negative.");
        });
        return option;
    }
}
