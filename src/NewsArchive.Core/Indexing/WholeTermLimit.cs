using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Indexing;

/// <summary>
/// An article's id, source and keyword values are indexed whole, each one term, and Lucene
/// refuses a document with a term over 32,766 bytes: the refusal would end the whole run, the
/// articles already read with it. No real metadata comes near that length, so an article whose
/// metadata does is skipped and reported, like any other input that cannot be used.
/// </summary>
public static class WholeTermLimit
{
    public static readonly int MaxBytes = IndexWriter.MAX_TERM_LENGTH;

    /// <summary>Why the article cannot be indexed, or null when it can.</summary>
    public static string? Problem(Article article)
    {
        if (TooLong(article.Id)) return Reason("id");
        if (article.Source is { } source && (TooLong(source) || TooLong(ArchiveSchema.SourceKey(source)))) return Reason("source");
        foreach (var (list, values) in article.Keywords)
            if (values.Any(TooLong)) return Reason($"value of the keyword list \"{Headline.Shorten(list, 60)}\"");
        return null;
    }

    private static bool TooLong(string text) => text.Length > MaxBytes / 3 && Encoding.UTF8.GetByteCount(text) > MaxBytes;

    private static string Reason(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} over {MaxBytes:N0} bytes, more than the index holds as one term");
}
