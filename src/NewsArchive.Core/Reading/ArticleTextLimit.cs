using System.Globalization;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Keeps the first part of an article whose text is longer than any news article, with a
/// warning, rather than refusing it: what is kept is still searchable and citable, and the
/// index, the pages and the highlighter never meet a text of hundreds of megabytes.
/// </summary>
internal static class ArticleTextLimit
{
    public static IEnumerable<ReadResult> Apply(IEnumerable<ReadResult> results, string path, int maxChars)
    {
        foreach (var result in results)
        {
            if (result.Article is not { } article || article.Body.Length <= maxChars)
            {
                yield return result;
                continue;
            }
            var warning = new ReadProblem(path, null, string.Create(CultureInfo.InvariantCulture,
                $"\"{Headline.Shorten(article.Title, 60)}\": text cut to its first {maxChars:N0} characters (of {article.Body.Length:N0})"));
            yield return ReadResult.Of(article with { Body = Cut(article.Body, maxChars) }, [.. result.Warnings, warning]);
        }
    }

    /// <summary>At the last paragraph or word break before the limit, never inside a surrogate pair.</summary>
    private static string Cut(string text, int maxChars)
    {
        var end = maxChars;
        if (char.IsHighSurrogate(text[end - 1])) end--;
        var paragraph = text.LastIndexOf('\n', end - 1, Math.Min(end, 4096));
        if (paragraph > 0) return text[..paragraph];
        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 256));
        return text[..(space > 0 ? space : end)];
    }
}
