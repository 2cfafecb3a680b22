using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Stories.Comparison;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>A story's page read from the index: its versions, two of them compared, and the names they spell differently.</summary>
internal static class StoryViewBuilder
{
    /// <summary>The story's versions and the comparison of <paramref name="left"/> with <paramref name="right"/> (ids; by default the first two); null if the story has no article.</summary>
    public static StoryView? Build(IndexSearcher searcher, Analyzer analyzer, StoryId id, string? left, string? right)
    {
        var docs = StoryTable.For(searcher).Members(id).ToArray();
        if (docs.Length == 0) return null;
        var articles = docs.Take(StoryView.MaxVersions).Select(doc => ArticleDocument.ToArticle(searcher.Doc(doc))).ToList();
        var members = articles
            .Select((article, i) => new StoryMember(
                new StoryVersion(article.Id, article.Title, article.Source, article.Date),
                WordCount(article.Body),
                // The table lists dated versions first, oldest first: the first is the earliest when it is dated.
                IsFirst: i == 0 && article.Date is not null) { Keywords = article.Keywords })
            .ToList();

        VersionComparison? comparison = null;
        if (articles.Count > 1)
        {
            var leftIndex = IndexOf(articles, left) ?? 0;
            var rightIndex = IndexOf(articles, right) is { } r && r != leftIndex ? r : leftIndex == 0 ? 1 : 0;
            comparison = new VersionComparer(analyzer).Compare(
                members[leftIndex].Version, articles[leftIndex], members[rightIndex].Version, articles[rightIndex]);
        }
        var names = NameDifferences.Find(members.Select((m, i) => (m.Version, articles[i].Title + "\n" + articles[i].Body)).ToList());
        return new StoryView(id, members, comparison, names);
    }

    private static int? IndexOf(List<Article> articles, string? id) =>
        id is null ? null : articles.FindIndex(a => a.Id == id) is var i and >= 0 ? i : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
