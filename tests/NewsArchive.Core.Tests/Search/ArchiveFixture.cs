using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// The whole corpus (seeds and Reuters) read once into memory and indexed once into a temp
/// folder, shared by every test class of the <see cref="ArchiveCollection"/>; the articles in
/// memory are what brute-force counts are checked against.
/// </summary>
public sealed class ArchiveFixture : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-corpus-index-");
    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public ArchiveFixture()
    {
        var results = CorpusReader.Default.Read([BundledCorpus.Seeds, BundledCorpus.Reuters]).ToList();
        Articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        // One indexing thread keeps the articles in the order they were read: the spelling advice
        // samples articles in index order, and its tests expect the same samples every run.
        Summary = new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance) { Options = new IndexRunOptions { IndexingThreads = 1 } }.Build(folder.Path, results);
        Index = ArchiveIndex.Open(folder.Path);
        Searcher = new ArchiveSearcher(Index, analyzer);
    }

    public IReadOnlyList<Article> Articles { get; }

    public IndexSummary Summary { get; }

    public ArchiveIndex Index { get; }

    public ArchiveSearcher Searcher { get; }

    public SearchResults Search(SearchRequest request) => Searcher.Search(request);

    /// <summary>Searches exact words only, as the brute-force checks match words as written.</summary>
    public SearchResults Search(string query) => Searcher.Search(new SearchRequest { Query = query, ExactWords = true });

    /// <summary>Every hit of a request with at most <see cref="SearchRequest.MaxPageSize"/> matches.</summary>
    public IReadOnlyList<SearchHit> AllHits(SearchRequest request)
    {
        var results = Searcher.Search(request with { Page = 1, PageSize = SearchRequest.MaxPageSize });
        Assert.True(results.Total <= SearchRequest.MaxPageSize, $"{results.Total} hits do not fit one page");
        return results.Hits;
    }

    public void Dispose()
    {
        Index.Dispose();
        analyzer.Dispose();
        folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ArchiveCollection : ICollectionFixture<ArchiveFixture>
{
    public const string Name = "Corpus index";
}
