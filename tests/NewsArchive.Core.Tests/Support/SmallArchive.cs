using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Support;

/// <summary>A searchable index of a handful of hand-made articles, in a temp folder removed on dispose.</summary>
public sealed class SmallArchive : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-small-");
    private readonly Lucene.Net.Analysis.Analyzer analyzer = ArchiveAnalyzer.Create();

    public SmallArchive(params Article[] articles)
    {
        Summary = new IndexBuilder(NullLogger<IndexBuilder>.Instance).Build(folder.Path, articles.Select(ReadResult.Of));
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

/// <summary>Short ways to make test articles.</summary>
public static class TestArticle
{
    public static Article Make(string id, string title = "A title", string body = "A body.", DateTimeOffset? date = null,
        string? source = null) =>
        new() { Id = id, Title = title, Body = body, Date = date, Source = source };

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
