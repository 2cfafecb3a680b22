using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.LuceneEngine.Writing;

/// <summary>
/// Builds the Lucene document of an article. The writer consumes a document entirely before it
/// returns, so one set of field objects serves every article: a numeric or keyword field made new
/// for each article would also make a new token stream, and its attributes, every time — the
/// largest avoidable cost of indexing. Not thread-safe: one builder per indexing thread.
/// </summary>
public sealed class ArticleDocumentBuilder
{
    private static readonly FieldType DateType = new(Int64Field.TYPE_STORED) { NumericPrecisionStep = ArchiveSchema.DatePrecisionStep };

    /// <summary>
    /// The stemmed twins are searched word by word, never as phrases (a quoted phrase searches the
    /// exact fields), so they keep which articles have a stem and how often, not where: positions
    /// were most of what indexing them cost.
    /// </summary>
    private static readonly FieldType StemType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    static ArticleDocumentBuilder()
    {
        DateType.Freeze();
        StemType.Freeze();
    }

    private readonly Document document = [];
    private readonly Field id = new StringField(ArchiveSchema.Id, "", Field.Store.YES);
    private readonly Field title = new TextField(ArchiveSchema.Title, "", Field.Store.YES);
    private readonly Field body = new TextField(ArchiveSchema.Body, "", Field.Store.YES);
    private readonly Field titleStem = new(ArchiveSchema.TitleStem, "", StemType);
    private readonly Field bodyStem = new(ArchiveSchema.BodyStem, "", StemType);
    private readonly Field origin = new StringField(ArchiveSchema.Origin, "", Field.Store.NO);
    private readonly Field sourceKey = new StringField(ArchiveSchema.Source, "", Field.Store.NO);
    private readonly Field sourceStored = new StoredField(ArchiveSchema.Source, "");
    private readonly Field sourceValue = new SortedDocValuesField(ArchiveSchema.Source, new BytesRef());
    private readonly Field date = new Int64Field(ArchiveSchema.Date, 0L, DateType);
    private readonly Field dateValue = new NumericDocValuesField(ArchiveSchema.Date, 0L);
    private readonly Field sortDateValue = new NumericDocValuesField(ArchiveSchema.SortDate, 0L);
    private readonly Field indexed = new StoredField(ArchiveSchema.Indexed, 0L);
    private readonly Field indexedValue = new NumericDocValuesField(ArchiveSchema.Indexed, 0L);
    private readonly Field story = new NumericDocValuesField(ArchiveSchema.Story, StoryId.Ungrouped.Value);
    private readonly Field firstStory = new NumericDocValuesField(ArchiveSchema.FirstStory, StoryId.Ungrouped.Value);
    private readonly Field storyFeatures = new BinaryDocValuesField(ArchiveSchema.StoryFeatures, new BytesRef());
    private readonly Field listing = new BinaryDocValuesField(ArchiveSchema.Listing, new BytesRef());
    private readonly FieldPool nearCopyBands = new(name => new StringField(name, "", Field.Store.NO));
    private readonly Field dateline = new StoredField(ArchiveSchema.Dateline, "");
    private readonly Field url = new StoredField(ArchiveSchema.Url, "");
    private readonly FieldPool authors = new(name => new StoredField(name, ""));
    private readonly Dictionary<string, FieldPool> keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldPool> keywordValues = new(StringComparer.Ordinal);

    /// <param name="article">The article.</param>
    /// <param name="originPath">What it was read from (a file), so that it can be removed with it.</param>
    /// <returns>The document, valid until the next call.</returns>
    public Document Build(Article article, string? originPath = null)
    {
        var now = DateTimeOffset.UtcNow;
        var fields = document.Fields;
        fields.Clear();
        Add(id, article.Id);
        Add(title, article.Title);
        Add(body, article.Body);
        Add(titleStem, article.Title);
        Add(bodyStem, article.Body);
        listing.SetBytesValue(new BytesRef(ArticleListing.Encode(article.Id, article.Title)));
        fields.Add(listing);
        if (originPath is not null) Add(origin, originPath);
        if (article.Source is { Length: > 0 } source)
        {
            Add(sourceKey, ArchiveSchema.SourceKey(source));
            Add(sourceStored, source);
            sourceValue.SetBytesValue(new BytesRef(source));
            fields.Add(sourceValue);
        }
        if (article.Date is { } published)
        {
            var millis = published.ToUnixTimeMilliseconds();
            Add(date, millis);
            Add(dateValue, millis);
            if (PlausibleDates.IsPlausible(published, now)) Add(sortDateValue, millis);
        }
        Add(indexed, now.ToUnixTimeMilliseconds());
        Add(indexedValue, now.ToUnixTimeMilliseconds());
        // Every article has the field, so the grouping can update it in place (Lucene updates
        // only doc-values fields that exist); it is grouped when the indexer's run ends.
        Add(story, StoryId.Ungrouped.Value);
        Add(firstStory, StoryId.Ungrouped.Value);
        nearCopyBands.Reset();
        var signature = NearCopySignature.OfArticle(article.Title, article.Body);
        if (signature is not null)
            foreach (var key in signature.BandKeys()) Add(nearCopyBands.Next(ArchiveSchema.NearCopyBands), key);
        storyFeatures.SetBytesValue(new BytesRef(StoredStoryFeatures.Of(article.Id, article.Source, article.Title, article.Body, signature).Encode()));
        fields.Add(storyFeatures);
        if (!string.IsNullOrWhiteSpace(article.Dateline)) Add(dateline, article.Dateline);
        if (!string.IsNullOrWhiteSpace(article.Url)) Add(url, article.Url);
        authors.Reset();
        foreach (var author in article.Authors)
            if (!string.IsNullOrWhiteSpace(author)) Add(authors.Next(ArchiveSchema.Authors), author);
        foreach (var (list, values) in article.Keywords)
        {
            var name = ArchiveSchema.KeywordField(list);
            var terms = PoolOf(keywords, name, field => new StringField(field, "", Field.Store.YES));
            var ords = PoolOf(keywordValues, name, field => new SortedSetDocValuesField(field, new BytesRef()));
            foreach (var value in values)
            {
                Add(terms.Next(name), value);
                var docValue = ords.Next(name);
                docValue.SetBytesValue(new BytesRef(value));
                fields.Add(docValue);
            }
        }
        return document;
    }

    private void Add(Field field, string value)
    {
        field.SetStringValue(value);
        document.Fields.Add(field);
    }

    private void Add(Field field, long value)
    {
        field.SetInt64Value(value);
        document.Fields.Add(field);
    }

    // Keyword lists come from the files (a field map can name any), so their pools are made on first sight.
    private static FieldPool PoolOf(Dictionary<string, FieldPool> pools, string name, Func<string, Field> create)
    {
        if (!pools.TryGetValue(name, out var pool))
        {
            pool = new FieldPool(create);
            pools[name] = pool;
        }
        pool.Reset();
        return pool;
    }

    /// <summary>Fields of one name for a multi-valued field: as many as the most values an article has had.</summary>
    private sealed class FieldPool(Func<string, Field> create)
    {
        private readonly List<Field> fields = [];
        private int used;

        public void Reset() => used = 0;

        public Field Next(string name)
        {
            if (used == fields.Count) fields.Add(create(name));
            return fields[used++];
        }
    }
}
