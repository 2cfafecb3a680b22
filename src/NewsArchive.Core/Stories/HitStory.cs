using Lucene.Net.Search;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Stories;

/// <summary>One version of a story, as a list shows it.</summary>
public sealed record StoryVersion(string Id, string Title, string? Source, DateTimeOffset? Date);

/// <summary>The story of a hit: its size, its outlets, and the first of its other versions, for the hit to offer them.</summary>
/// <param name="Size">Articles in the story, the hit's own included.</param>
/// <param name="Outlets">Distinct outlets of the story (an article without a known source counts as one).</param>
/// <param name="Others">The other versions, oldest first, at most <see cref="OthersShown"/>.</param>
public sealed record HitStory(StoryId Id, int Size, int Outlets, IReadOnlyList<StoryVersion> Others)
{
    public const int OthersShown = 8;

    private static readonly ISet<string> VersionFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Source, ArchiveSchema.Date };

    /// <summary>The story of the article numbered <paramref name="doc"/>; null when it is the story's only article.</summary>
    public static HitStory? Of(IndexSearcher searcher, StoryTable table, int doc)
    {
        if (table.StoryOf(doc) is not { } story || table.SizeOf(doc) < 2) return null;
        var others = table.MembersWith(doc).Where(member => member != doc).Take(OthersShown)
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
