using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Indexing;

/// <summary>Maps an <see cref="Article"/> to its Lucene document and back.</summary>
public static class ArticleDocument
{
    private static readonly FieldType DateType = new(Int64Field.TYPE_STORED) { NumericPrecisionStep = ArchiveSchema.DatePrecisionStep };

    static ArticleDocument() => DateType.Freeze();

    /// <param name="article">The article.</param>
    /// <param name="origin">What it was read from (a file), so that it can be removed with it.</param>
    public static Document ToDocument(Article article, string? origin = null)
    {
        var doc = new Document
        {
            new StringField(ArchiveSchema.Id, article.Id, Field.Store.YES),
            new TextField(ArchiveSchema.Title, article.Title, Field.Store.YES),
            new TextField(ArchiveSchema.Body, article.Body, Field.Store.YES),
            new TextField(ArchiveSchema.TitleStem, article.Title, Field.Store.NO),
            new TextField(ArchiveSchema.BodyStem, article.Body, Field.Store.NO),
        };
        if (origin is not null) doc.Add(new StringField(ArchiveSchema.Origin, origin, Field.Store.NO));
        if (article.Source is { Length: > 0 } source)
        {
            doc.Add(new StringField(ArchiveSchema.Source, ArchiveSchema.SourceKey(source), Field.Store.NO));
            doc.Add(new StoredField(ArchiveSchema.Source, source));
            doc.Add(new SortedDocValuesField(ArchiveSchema.Source, new BytesRef(source)));
        }
        if (article.Date is { } date)
        {
            var millis = date.ToUnixTimeMilliseconds();
            doc.Add(new Int64Field(ArchiveSchema.Date, millis, DateType));
            doc.Add(new NumericDocValuesField(ArchiveSchema.Date, millis));
            if (PlausibleDates.IsPlausible(date, DateTimeOffset.UtcNow))
                doc.Add(new NumericDocValuesField(ArchiveSchema.SortDate, millis));
        }
        AddStored(doc, ArchiveSchema.Dateline, article.Dateline);
        AddStored(doc, ArchiveSchema.Url, article.Url);
        foreach (var author in article.Authors) AddStored(doc, ArchiveSchema.Authors, author);
        foreach (var (list, values) in article.Keywords)
        {
            var field = ArchiveSchema.KeywordField(list);
            foreach (var value in values)
            {
                doc.Add(new StringField(field, value, Field.Store.YES));
                doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
        return doc;
    }

    public static Term IdTerm(string id) => new(ArchiveSchema.Id, id);

    public static Term OriginTerm(string origin) => new(ArchiveSchema.Origin, origin);

    public static Article ToArticle(Document doc)
    {
        var keywords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in doc.Fields)
        {
            if (!field.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal)) continue;
            var list = field.Name[ArchiveSchema.KeywordPrefix.Length..];
            keywords[list] = doc.GetValues(field.Name);
        }
        return new Article
        {
            Id = doc.Get(ArchiveSchema.Id),
            Title = doc.Get(ArchiveSchema.Title) ?? "",
            Body = doc.Get(ArchiveSchema.Body) ?? "",
            Source = doc.Get(ArchiveSchema.Source),
            Date = doc.GetField(ArchiveSchema.Date)?.GetInt64Value() is { } millis
                ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
                : null,
            Dateline = doc.Get(ArchiveSchema.Dateline),
            Url = doc.Get(ArchiveSchema.Url),
            Authors = doc.GetValues(ArchiveSchema.Authors),
            Keywords = keywords,
        };
    }

    private static void AddStored(Document doc, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) doc.Add(new StoredField(name, value));
    }
}
