using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>The one list of field names and the one Lucene version, shared by indexer and searcher.</summary>
public static class ArchiveSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Exact id, indexed for replacing and looking up one article.</summary>
    public const string Id = "id";

    /// <summary>What an article was read from (its file), indexed so a file's articles can be removed with it.</summary>
    public const string Origin = "origin";

    /// <summary>Title and body as written (lowercased, accents folded): exact words and phrases.</summary>
    public const string Title = "title";

    public const string Body = "body";

    /// <summary>Title and body reduced to English stems, indexed only: other forms of a word.</summary>
    public const string TitleStem = "title.stem";

    public const string BodyStem = "body.stem";

    /// <summary>The stemmed field beside an exact text field, or null for any other field.</summary>
    public static string? StemmedFieldOf(string field) => field switch
    {
        Title => TitleStem,
        Body => BodyStem,
        _ => null,
    };

    /// <summary>Indexed lowercased for source:… queries and filters; doc values keep the display form for facets.</summary>
    public const string Source = "source";

    /// <summary>UTC milliseconds since the epoch: a range-searchable number and doc values for sorting and histograms.</summary>
    public const string Date = "date";

    /// <summary>
    /// Dates are only searched as ranges of whole days or more, so a coarse precision step writes
    /// 4 terms per date instead of 16 and keeps indexing fast; range queries stay exact.
    /// </summary>
    public const int DatePrecisionStep = 16;

    /// <summary>
    /// The date to sort by: only plausible dates, so that an article dated 2050 by a broken feed
    /// does not head every newest-first list; the rest sort with the undated, last.
    /// </summary>
    public const string SortDate = "date.sort";

    /// <summary>
    /// The story an article belongs to: a number (doc values, updated in place when the article is
    /// grouped), <see cref="Stories.StoryId.Ungrouped"/> until the indexer has grouped it.
    /// </summary>
    public const string Story = "story";

    /// <summary>
    /// The story an article was first given (doc values): when stories merge, the article's
    /// <see cref="Story"/> changes and this stays, so that the old story's id still leads to it.
    /// </summary>
    public const string FirstStory = "story.first";

    /// <summary>
    /// What the grouping compares of an article (binary doc values, see
    /// <see cref="Stories.Features.StoredStoryFeatures"/>): made while it is indexed, so that its
    /// text is never read back to group it.
    /// </summary>
    public const string StoryFeatures = "story.features";

    /// <summary>Keys of the MinHash bands of the text's word shingles, indexed only: they find near-copies.</summary>
    public const string NearCopyBands = "nearcopy";

    /// <summary>
    /// When the article was last written to the index (UTC milliseconds since the epoch): stored,
    /// and doc values to sort by, so feeds list what is new to the archive, back-filled or not.
    /// </summary>
    public const string Indexed = "indexed";

    /// <summary>
    /// What a list shows of an article besides its outlet and date (which have doc values of their
    /// own): its id and headline, binary doc values (<see cref="ArticleListing"/>), so that a
    /// hit's other versions are listed without decompressing their stored text.
    /// </summary>
    public const string Listing = "listing";

    public const string Dateline = "dateline";
    public const string Url = "url";
    public const string Authors = "authors";

    /// <summary>Keyword facets are named "kw." and the list's name, e.g. "kw.topics".</summary>
    public const string KeywordPrefix = "kw.";

    public static string KeywordField(string listName) => KeywordPrefix + listName;

    /// <summary>The form of a source that source:… queries and filters match.</summary>
    public static string SourceKey(string source) => source.Trim().ToLowerInvariant();
}
