using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Stories;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Articles about the same things as one article (its most telling words over headline and text,
/// searched), other than the versions of its own story, which its page lists apart.
/// </summary>
internal static class RelatedArticles
{
    public const int Shown = 5;

    private static readonly string[] Fields = [ArchiveSchema.Title, ArchiveSchema.Body];

    public static IReadOnlyList<StoryVersion> Find(IndexSearcher searcher, Analyzer analyzer, int doc)
    {
        var ownStory = StoryTable.For(searcher).MembersWith(doc).ToHashSet();
        if (TellingWords.Of(searcher.IndexReader, analyzer, doc, Fields) is not { } similar) return [];
        var top = searcher.Search(similar, Shown + ownStory.Count);
        return top.ScoreDocs
            .Where(hit => !ownStory.Contains(hit.Doc))
            .Take(Shown)
            .Select(hit => HitStories.VersionOf(searcher, hit.Doc))
            .ToList();
    }
}
