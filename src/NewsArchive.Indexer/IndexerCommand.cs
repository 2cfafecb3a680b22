using System.CommandLine;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Reading;

namespace NewsArchive.Indexer;

/// <summary>The indexer's command line: arguments in, progress and a summary out; Core does the work.</summary>
public static class IndexerCommand
{
    public const int Success = 0;
    public const int UsageError = 2;

    public static RootCommand Create(ILoggerFactory loggers)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files or folders to index (.txt, .jsonl, .jsonl.gz); folders are read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = new Option<string>("--index")
        {
            Description = "The index folder to create or update.",
            Required = true,
        };
        var command = new RootCommand("Builds or updates the NewsArchive index from article files. Re-running replaces articles by id.")
        {
            inputs,
            index,
        };
        command.SetAction((parse, cancellation) =>
            Task.FromResult(Run(parse.GetValue(inputs)!, parse.GetValue(index)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, loggers, cancellation)));
        return command;
    }

    private static int Run(string[] inputs, string indexPath, TextWriter output, TextWriter error, ILoggerFactory loggers, CancellationToken cancellation)
    {
        var missing = inputs.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) error.WriteLine($"No such file or folder: {path}");
            return UsageError;
        }
        if (File.Exists(indexPath))
        {
            error.WriteLine($"--index must be a folder, but {indexPath} is a file.");
            return UsageError;
        }

        var progress = new TerminalProgress(error);
        var builder = new IndexBuilder(loggers.CreateLogger<IndexBuilder>());
        var summary = builder.Build(indexPath, CorpusReader.Default.Read(inputs), progress, cancellation);
        progress.Finish();
        SummaryPrinter.Print(summary, output);
        return Success;
    }
}
