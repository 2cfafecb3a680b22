using System.CommandLine;
using System.IO.Compression;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// The disk fills up while the indexer writes: it stops with a clear message and a failure exit
/// code, the index stays at its previous commit (every article of it searchable), and once there
/// is room again the next run finishes the work, each article once.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int SeedArticles = 5;
    private const int WireArticles = 3_000;

    private readonly TempFolder folder = new("newsarchive-disk-full-");

    public void Dispose() => folder.Dispose();

    [FactWithSmallDisk]
    public void DiskFullDuringIndexing_FailsClearly_KeepsThePreviousCommit_AndTheNextRunCompletes()
    {
        // Room for the five seed articles' index (a few dozen KB), not for 3,000 wire stories (several MB).
        using var disk = new SmallDisk(megabytes: 1);
        var indexPath = System.IO.Path.Combine(disk.Path, "index");
        var wire = WriteWireStories();

        var first = Run(RepositoryPaths.Seeds, "--index", indexPath);
        Assert.Equal(IndexerCommand.Success, first.ExitCode);

        var full = Run(RepositoryPaths.Seeds, wire, "--index", indexPath);

        Assert.Equal(IndexerCommand.Failure, full.ExitCode);
        Assert.Contains("No space left on device", full.Error);
        Assert.Contains($"The index at {indexPath} is left at its last commit", full.Error);
        Assert.DoesNotContain("   at ", full.Error);
        AssertIndexHolds(indexPath, SeedArticles);

        disk.Resize(megabytes: 64);
        var again = Run(RepositoryPaths.Seeds, wire, "--index", indexPath);

        Assert.Equal(IndexerCommand.Success, again.ExitCode);
        AssertIndexHolds(indexPath, SeedArticles + WireArticles);
    }

    /// <summary>The first Reuters stories, as a file of their own beside (not on) the small disk.</summary>
    private string WriteWireStories()
    {
        var path = folder.PathOf("wire.jsonl");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(RepositoryPaths.Reuters), CompressionMode.Decompress));
        File.WriteAllLines(path, Enumerable.Range(0, WireArticles).Select(_ => reader.ReadLine()!));
        return path;
    }

    private static void AssertIndexHolds(string indexPath, int articles)
    {
        using var index = ArchiveIndex.Open(indexPath);
        Assert.Equal(articles, index.ArticleCount);
        var searcher = new ArchiveSearcher(index, ArchiveAnalyzer.Create());
        // Every seed article reports the call with Kazakhstan's president.
        Assert.Equal(SeedArticles, searcher.Search(new SearchRequest { Query = "Tokayev" }).Total);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance).Parse(args)
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
