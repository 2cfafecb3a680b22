using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// A run that runs out of memory, or fails in a way nothing expects, half-way through: one line
/// that says what happened and what to do (no stack trace), an exit code of its own, and the index
/// at its last commit, from which the next run carries on.
/// </summary>
public sealed class RunFailureTests : IDisposable
{
    private const int SeedArticles = 5;
    private readonly TempFolder folder = new("newsarchive-run-failure-");

    public RunFailureTests()
    {
        Directory.CreateDirectory(Corpus);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds)) File.Copy(seed, Path.Combine(Corpus, Path.GetFileName(seed)));
        Assert.Equal(IndexerCommand.Success, Run(NullLoggerFactory.Instance, out _));
    }

    private string IndexPath => folder.PathOf("index");

    private string Corpus => folder.PathOf("corpus");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(true, IndexerCommand.OutOfMemory, "Out of memory: the run stopped, and the index at {0} is left at its last commit. Give the indexer more memory (or leave out the input that needs it) and run again: it carries on from there.")]
    [InlineData(false, IndexerCommand.UnexpectedFailure, "Unexpected failure (InvalidOperationException: a fault nothing expects): the run stopped, and the index at {0} is left at its last commit. Run again to carry on; if it fails the same way, please report it.")]
    public void Run_FailingAfterWritingArticles_SaysSoInOneLine_ExitsWithItsCode_AndLeavesTheLastCommit(bool outOfMemory, int code, string message)
    {
        for (var i = 1; i <= 3; i++) folder.Write($"corpus/new-{i}.txt", $"New report number {i}\n\nCocoa farmers met again on day {i}.");
        // Read last (files are read in name order): its "skipped" warning is where the run fails.
        folder.Write("corpus/zz-empty.txt", "");
        Exception failure = outOfMemory ? new OutOfMemoryException() : new InvalidOperationException("a fault nothing expects");
        var loggers = new FailingLoggers(failure);

        var exitCode = Run(loggers, out var error);

        Assert.Equal(code, exitCode);
        Assert.Equal(string.Format(message, IndexPath), error.TrimEnd());
        Assert.StartsWith($"Indexing stopped by {failure.GetType().Name} in Log of ", Assert.Single(loggers.Errors));
        using (var index = ArchiveIndex.Open(IndexPath)) Assert.Equal(SeedArticles, index.ArticleCount);

        Assert.Equal(IndexerCommand.Success, Run(NullLoggerFactory.Instance, out _));
        using var carriedOn = ArchiveIndex.Open(IndexPath);
        Assert.Equal(SeedArticles + 3, carriedOn.ArticleCount);
    }

    /// <summary>The real thing: the indexer given less memory than the run needs.</summary>
    [Fact]
    public async Task Indexer_UnderAHardHeapLimit_RunsOutOfMemory_ExitsWith4AndOneLine_AndLeavesTheLastCommit()
    {
        using var indexer = IndexerProcess.Start([RepositoryPaths.Reuters, "--index", IndexPath],
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x2000000" });

        Assert.Equal(IndexerCommand.OutOfMemory, await indexer.ExitCodeAsync(TimeSpan.FromMinutes(3)));

        Assert.Contains($"Out of memory: the run stopped, and the index at {IndexPath} is left at its last commit.", indexer.Error);
        Assert.Contains("Indexing stopped by OutOfMemoryException", indexer.Error);
        Assert.DoesNotContain("   at ", indexer.Error);
        using var index = ArchiveIndex.Open(IndexPath);
        Assert.Equal(SeedArticles, index.ArticleCount);
    }

    private int Run(ILoggerFactory loggers, out string error)
    {
        var errors = new StringWriter();
        var exitCode = IndexerCommand.Create(loggers)
            .Parse([Corpus, "--index", IndexPath])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = errors });
        error = errors.ToString();
        return exitCode;
    }

    /// <summary>Loggers of a run that fails where the indexer reports a skipped input; what is logged as an error is kept.</summary>
    private sealed class FailingLoggers(Exception failure) : ILoggerFactory
    {
        public List<string> Errors { get; } = [];

        private Exception Failure { get; } = failure;

        public ILogger CreateLogger(string categoryName) => new ThrowingLogger(this);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }

        private sealed class ThrowingLogger(FailingLoggers owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var message = formatter(state, exception);
                if (message.StartsWith("Skipped", StringComparison.Ordinal)) throw owner.Failure;
                if (logLevel == LogLevel.Error) owner.Errors.Add(message);
            }
        }
    }
}
