using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsArchive.Core.Articles;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>The terms that find an article's document, and the article read back from it (built by the writer, from the article).</summary>
public static class ArticleDocument
{
    public static Term IdTerm(string id) => new(ArchiveSchema.Id, id);

    public static Term OriginTerm(string origin) => new(ArchiveSchema.Origin, origin);

    /// <summary>When the document was written, if it was indexed with its time (see <see cref="ArchiveSchema.Indexed"/>).</summary>
    public static DateTimeOffset? IndexedAt(Document doc) =>
        doc.GetField(ArchiveSchema.Indexed)?.GetInt64Value() is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null;

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

}
