using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// An index whose stored articles were changed on disk (random bytes in the middle of a
/// stored-fields file): searching it says it cannot be read, and --rebuild starts it over.
/// </summary>
public sealed class CorruptIndexTests : IDisposable
{
    private const int SeedArticles = 5;
    private readonly TempFolder folder = new("newsarchive-corrupt-");

    private string IndexPath => folder.PathOf("index");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void CorruptStoredFields_SearchSaysTheIndexCannotBeRead_AndRebuildStartsOver()
    {
        Assert.Equal(0, Run([RepositoryPaths.Seeds, "--index", IndexPath], out _));
        IndexDamage.CorruptMiddle(Directory.GetFiles(IndexPath, "*.fdt").First());

        Assert.Equal(1, Run(["search", "Tokayev", "--index", IndexPath], out var error));
        Assert.Contains("checksum failed", error);
        Assert.DoesNotContain("   at ", error);

        Assert.Equal(0, Run([RepositoryPaths.Seeds, "--index", IndexPath, "--rebuild"], out _));
        using var index = ArchiveIndex.Open(IndexPath);
        Assert.Equal(SeedArticles, index.ArticleCount);
    }

    private static int Run(string[] arguments, out string error)
    {
        var errors = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance)
            .Parse(arguments)
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = errors });
        error = errors.ToString();
        return exitCode;
    }
}
