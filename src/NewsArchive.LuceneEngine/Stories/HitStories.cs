using Lucene.Net.Search;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>A hit's story and its versions as lists show them, read from the index.</summary>
internal static class HitStories
{
    private static readonly ISet<string> VersionFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Source, ArchiveSchema.Date };

    /// <summary>The story of the article numbered <paramref name="doc"/>; null when it is the story's only article.</summary>
    public static HitStory? Of(IndexSearcher searcher, StoryTable table, int doc)
    {
        if (table.StoryOf(doc) is not { } story || table.SizeOf(doc) < 2) return null;
        var others = table.MembersWith(doc).Where(member => member != doc).Take(HitStory.OthersShown)
            .Select(member => VersionOf(searcher, member))
            .ToList();
        return new HitStory(story, table.SizeOf(doc), table.OutletsOf(doc), others);
    }

    /// <summary>The version as a list shows it: from its listing's doc values, or its stored fields in an index made before they were kept.</summary>
    public static StoryVersion VersionOf(IndexSearcher searcher, int doc)
    {
        if (ArticleListing.Read(searcher.IndexReader, doc) is var (id, title, source, date)) return new StoryVersion(id, title, source, date);
        var article = ArticleDocument.ToArticle(searcher.Doc(doc, VersionFields));
        return new StoryVersion(article.Id, article.Title, article.Source, article.Date);
    }
}
