using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>Several indexing threads write exactly what one thread writes, whatever order they finish in.</summary>
public sealed class ParallelIndexingTests : IDisposable
{
    private readonly TempFolder folder = new("parallel-index-");

    public void Dispose() => folder.Dispose();

    private Dictionary<string, string> Build(string name, IEnumerable<Article> articles, int threads)
    {
        var path = Path.Combine(folder.Path, name);
        var options = new IndexRunOptions { IndexingThreads = threads };
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance) { Options = options }.Build(path, articles.Select(ReadResult.Of));
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var titles = new Dictionary<string, string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc)) continue;
            var document = reader.Document(doc);
            Assert.True(titles.TryAdd(document.Get(ArchiveSchema.Id), document.Get(ArchiveSchema.Title)), "an id is in the index twice");
        }
        return titles;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Build_ManyThreads_SameArticlesAsOneThread(int threads)
    {
        // Enough articles for many hand-overs between threads, with ids repeated in the same run
        // (the last version must win) at every distance.
        var random = new Random(threads);
        var articles = Enumerable.Range(0, 3000)
            .Select(i => TestArticle.Make($"a-{(i % 7 == 0 ? random.Next(i + 1) : i)}", title: $"Version {i}", body: $"Text number {i} about tin."))
            .ToList();

        var one = Build("one", articles, threads: 1);
        var many = Build("many", articles, threads);

        Assert.Equal(one, many);
        var lastVersions = articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.Last().Title);
        Assert.Equal(lastVersions, many);
    }

    [Fact]
    public void Build_FailureOnAThread_ReachesTheCaller()
    {
        // An article without a title (which no reader makes) fails as its document is built, on an
        // indexing thread. (An over-long id no longer serves: such articles are skipped before.)
        var articles = new[] { TestArticle.Make("fine"), TestArticle.Make("broken") with { Title = null! } };
        var options = new IndexRunOptions { IndexingThreads = 2 };

        Assert.ThrowsAny<Exception>(() =>
            new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance) { Options = options }.Build(Path.Combine(folder.Path, "bad"), articles.Select(ReadResult.Of)));
    }
}
