using System.CommandLine;
using Microsoft.Extensions.Logging;
using NewsArchive.Core;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;

namespace NewsArchive.Indexer;

/// <summary>The indexer's command line: arguments in, progress and a summary out; Core does the work.</summary>
public static class IndexerCommand
{
    /// <summary>The engine that keeps the archives this program writes and searches: the one place it is named.</summary>
    internal static readonly IArchiveEngine Engine = new LuceneArchiveEngine();

    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>With --strict, a run that skipped any input ends with this code.</summary>
    public const int SkippedInputs = 3;

    /// <summary>The run ran out of memory; the index is left at its last commit.</summary>
    public const int OutOfMemory = 4;

    /// <summary>The run failed in a way nothing else here covers (a bug to report); the index is left at its last commit.</summary>
    public const int UnexpectedFailure = 5;

    public static RootCommand Create(ILoggerFactory loggers)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files or folders to index; folders are read recursively. Only new and changed files are read again.",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = new Option<string>("--index") { Description = "The index folder to create or update.", Required = true };
        var rebuild = new Option<bool>("--rebuild") { Description = "Start the index over instead of updating it." };
        var strict = new Option<bool>("--strict") { Description = $"Exit with code {SkippedInputs} if any input was skipped (by default skipped inputs are warnings)." };
        var watch = new Option<bool>("--watch") { Description = "Keep running and index files as they appear, change or disappear." };
        var map = new Option<string[]>("--map")
        {
            Description = "Take an article field from an input field of another name, e.g. --map body=story_text (fields: " +
                string.Join(", ", FieldMap.MappableFields) + "). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        map.Validators.Add(result =>
        {
            if (!FieldMap.TryParse(result.Tokens.Select(t => t.Value), out _, out var errors))
                foreach (var error in errors) result.AddError($"--map {error}");
        });
        var commitInterval = new Option<int>("--commit-interval")
        {
            Description = "Seconds between commits during a long run.",
            DefaultValueFactory = _ => 30,
        };
        commitInterval.Validators.Add(result =>
        {
            // A value that is not a number at all is reported by the parser itself.
            if (result.Tokens is [.., var token] && int.TryParse(token.Value, out var seconds) && seconds <= 0)
                result.AddError("--commit-interval must be a positive number of seconds.");
        });

        var command = new RootCommand("Builds or updates the NewsArchive index from article files.")
        {
            inputs, index, rebuild, strict, watch, map, commitInterval,
            // A subcommand rather than a second program, so the index is searched with the same
            // binary that builds it (in the Docker image as well).
            SearchCommand.Create(),
        };
        command.SetAction((parse, cancellation) =>
        {
            var settings = new IndexerSettings(
                parse.GetValue(inputs)!,
                parse.GetValue(index)!,
                parse.GetValue(rebuild),
                parse.GetValue(strict),
                parse.GetValue(watch),
                FieldMap.Parse(parse.GetValue(map) ?? []),
                TimeSpan.FromSeconds(parse.GetValue(commitInterval)));
            return new IndexerRun(settings, Engine, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, loggers)
                .ExecuteAsync(cancellation);
        });
        return command;
    }
}

internal sealed record IndexerSettings(string[] Inputs, string IndexPath, bool Rebuild, bool Strict, bool Watch, FieldMap Fields, TimeSpan CommitInterval);
