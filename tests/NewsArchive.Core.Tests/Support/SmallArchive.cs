using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Support;

/// <summary>A searchable index of a handful of hand-made articles, in a temp folder removed on dispose.</summary>
public sealed class SmallArchive : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-small-");
    private readonly Lucene.Net.Analysis.Analyzer analyzer = ArchiveAnalyzer.Create();

    public SmallArchive(params Article[] articles)
    {
        Summary = new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(folder.Path, articles.Select(ReadResult.Of));
        Index = ArchiveIndex.Open(folder.Path);
        Searcher = new ArchiveSearcher(Index, analyzer);
    }

    public IndexSummary Summary { get; }

    public ArchiveIndex Index { get; }

    public ArchiveSearcher Searcher { get; }

    public SearchResults Search(SearchRequest request) => Searcher.Search(request);

    /// <summary>The ids of every match, in result order (one big page).</summary>
    public IReadOnlyList<string> Ids(SearchRequest request) =>
        Searcher.Search(request with { Page = 1, PageSize = SearchRequest.MaxPageSize }).Hits.Select(h => h.Id).ToList();

    public void Dispose()
    {
        Index.Dispose();
        analyzer.Dispose();
        folder.Dispose();
    }
}
