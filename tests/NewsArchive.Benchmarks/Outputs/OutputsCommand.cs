using System.CommandLine;

namespace NewsArchive.Benchmarks.Outputs;

/// <summary>The "outputs" sub-command: its options, handed to <see cref="OutputsBenchmark"/>.</summary>
internal static class OutputsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index to serve (built from --corpus first if it is missing).", DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "data", "index") };
        var corpus = new Option<string>("--corpus") { Description = "What to index when the index is missing.", DefaultValueFactory = _ => RepositoryPaths.Corpus };
        var query = new Option<string>("--query") { Description = "The search whose feed and exports are timed.", DefaultValueFactory = _ => "cocoa" };
        var runs = new Option<int>("--runs") { Description = "Timed requests per case (after two untimed ones).", DefaultValueFactory = _ => 20 };
        var command = new Command("outputs", "Times what the archive gives other programs, on the real web app: the Atom feed, CSV and JSON Lines exports (with and without text, up to the 10,000 cap), suggestions, and the OpenAPI description.")
        {
            index, corpus, query, runs,
        };
        command.SetAction((parse, cancellation) =>
            // Absolute: the app resolves relative paths against its own folder, not this one.
            new OutputsBenchmark(Path.GetFullPath(parse.GetValue(index)!), Path.GetFullPath(parse.GetValue(corpus)!), parse.GetValue(query)!, parse.GetValue(runs), parse.InvocationConfiguration.Output)
                .RunAsync(cancellation));
        return command;
    }
}
