using System.Globalization;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Keeps the first part of an article whose text (or title) is longer than any news article's,
/// with a warning, rather than refusing it: what is kept is still searchable and citable, and the
/// index, the pages and the highlighter never meet a text of hundreds of megabytes.
/// </summary>
internal static class ArticleTextLimit
{
    public static IEnumerable<ReadResult> Apply(IEnumerable<ReadResult> results, string path, ReadingOptions options)
    {
        foreach (var result in results)
        {
            if (result.Article is not { } article || (article.Body.Length <= options.MaxArticleChars && article.Title.Length <= options.MaxTitleChars))
            {
                yield return result;
                continue;
            }
            var warnings = result.Warnings.ToList();
            var title = Headline.Shorten(article.Title, 60);
            if (article.Body.Length > options.MaxArticleChars)
            {
                warnings.Add(new ReadProblem(path, null, string.Create(CultureInfo.InvariantCulture,
                    $"\"{title}\": text cut to its first {options.MaxArticleChars:N0} characters (of {article.Body.Length:N0})")));
                article = article with { Body = Cut(article.Body, options.MaxArticleChars) };
            }
            if (article.Title.Length > options.MaxTitleChars)
            {
                warnings.Add(new ReadProblem(path, null, string.Create(CultureInfo.InvariantCulture,
                    $"\"{title}\": title cut to its first {options.MaxTitleChars:N0} characters (of {article.Title.Length:N0})")));
                article = article with { Title = Headline.Shorten(article.Title, options.MaxTitleChars) };
            }
            yield return ReadResult.Of(article, warnings);
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
