using System.Globalization;
using Lucene.Net.Index;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// An article's id, source and keyword values are indexed whole, each one term, and Lucene
/// refuses a document with a term over <see cref="IndexWriter.MAX_TERM_LENGTH"/> bytes
/// (<see cref="WholeValueLimit.MaxBytes"/>): the refusal would end the whole run, the articles
/// already read with it. So an article whose metadata does is skipped and reported, like any
/// other input that cannot be used.
/// </summary>
public static class WholeTermLimit
{
    /// <summary>Why the article cannot be indexed, or null when it can.</summary>
    public static string? Problem(Article article)
    {
        if (TooLong(article.Id)) return Reason("id");
        if (article.Source is { } source && (TooLong(source) || TooLong(ArchiveSchema.SourceKey(source)))) return Reason("source");
        foreach (var (list, values) in article.Keywords)
            if (values.Any(TooLong)) return Reason($"value of the keyword list \"{Headline.Shorten(list, 60)}\"");
        return null;
    }

    private static bool TooLong(string text) => !WholeValueLimit.Fits(text);

    private static string Reason(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} over {WholeValueLimit.MaxBytes:N0} bytes, more than the index holds as one term");
}
