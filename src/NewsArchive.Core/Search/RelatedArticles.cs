using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>
/// Articles about the same things as one article (Lucene's MoreLikeThis over headline and text:
/// its most telling words, searched), other than the versions of its own story, which its page
/// lists apart.
/// </summary>
internal static class RelatedArticles
{
    public const int Shown = 5;

    public static IReadOnlyList<StoryVersion> Find(IndexSearcher searcher, Analyzer analyzer, int doc)
    {
        var ownStory = StoryTable.For(searcher.IndexReader).MembersWith(doc).ToHashSet();
        var similar = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [ArchiveSchema.Title, ArchiveSchema.Body],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
            StopWords = StopAnalyzer.ENGLISH_STOP_WORDS_SET,
        };
        var top = searcher.Search(similar.Like(doc), Shown + ownStory.Count);
        return top.ScoreDocs
            .Where(hit => !ownStory.Contains(hit.Doc))
            .Take(Shown)
            .Select(hit => HitStory.VersionOf(searcher, hit.Doc))
            .ToList();
    }
}
