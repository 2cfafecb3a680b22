using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// The indexer killed outright (no chance to clean up) at random moments of its runs, again and
/// again: the index must always open at its last commit, and the next run must finish the work
/// with every article exactly once. Three kills in every run of the suite; 25 in the long run.
/// </summary>
public sealed class KilledIndexerTests : IDisposable
{
    private const int ReutersArticles = 21_577;
    private readonly TempFolder folder = new("newsarchive-killed-");

    private string IndexPath => folder.PathOf("index");

    public void Dispose() => folder.Dispose();

    [Fact]
    public Task Indexer_KilledThreeTimes_LeavesAnIndexThatOpensAndTheNextRunCompletes() => KillRepeatedlyThenCompleteAsync(kills: 3, seed: 20220110);

    [LongFact]
    public Task Indexer_KilledTwentyFiveTimes_LeavesAnIndexThatOpensAndTheNextRunCompletes() => KillRepeatedlyThenCompleteAsync(kills: 25, seed: 1987);

    private async Task KillRepeatedlyThenCompleteAsync(int kills, int seed)
    {
        var random = new Random(seed);
        for (var kill = 0; kill < kills; kill++)
        {
            using var indexer = StartIndexer();
            // Kill after the first commit exists, at a different moment each time: reading,
            // writing, committing, or grouping stories.
            await WaitForCommitAsync(indexer);
            await Task.Delay(random.Next(0, 3_000));
            Assert.False(indexer.HasExited, "the run should still be going when it is killed");
            indexer.Kill(entireProcessTree: true);
            await indexer.WaitForExitAsync();

            if (ArchiveIndex.ExistsAt(IndexPath))
            {
                using var index = ArchiveIndex.Open(IndexPath);
                Assert.InRange(index.ArticleCount, 0, ReutersArticles);
            }
        }

        var output = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance)
            .Parse([RepositoryPaths.Reuters, "--index", IndexPath])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(0, exitCode);
        using var complete = ArchiveIndex.Open(IndexPath);
        Assert.Equal(ReutersArticles, complete.ArticleCount);
        Assert.Equal(ReutersArticles, DistinctIds(complete));
        var searcher = new ArchiveSearcher(complete, LuceneEngine.Indexing.ArchiveAnalyzer.Create());
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "title:\"BAHIA COCOA REVIEW\"" }).Total);
    }

    /// <summary>Articles with an id no other live article has: a duplicate would make this fall short of the count.</summary>
    private static int DistinctIds(ArchiveIndex index)
    {
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { LuceneEngine.Indexing.ArchiveSchema.Id };
        return Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => live is null || live.Get(doc))
            .Select(doc => reader.Document(doc, fields).Get(LuceneEngine.Indexing.ArchiveSchema.Id))
            .Distinct()
            .Count();
    }

    private Process StartIndexer()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "NewsArchive.Indexer.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, RepositoryPaths.Reuters, "--index", IndexPath, "--commit-interval", "1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the index has a commit (from this run or an earlier one).</summary>
    private async Task WaitForCommitAsync(Process indexer)
    {
        var clock = Stopwatch.StartNew();
        while (!ArchiveIndex.ExistsAt(IndexPath) && !indexer.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(50);
    }
}
