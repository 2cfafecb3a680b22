using System.Globalization;
using System.Text;
using NewsArchive.Core.Articles;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// An article's citation, to copy: as a reference in prose (author, title, outlet, date, the
/// original address, the archive's permalink and the day it was read) and as BibTeX. What the
/// article does not say is left out rather than guessed.
/// </summary>
public sealed record Citation(string Text, string BibTex)
{
    public static Citation For(Article article, string permalink, DateOnly accessed) =>
        new(Reference(article, permalink, accessed), BibTexEntry(article, permalink, accessed));

    private static string Reference(Article article, string permalink, DateOnly accessed)
    {
        var parts = new List<string>();
        if (article.Authors.Count > 0) parts.Add(Sentence(string.Join(", ", article.Authors)));
        parts.Add($"“{Sentence(article.Title.Trim())}”");
        var published = string.Join(", ", new[] { article.Source, article.Date is { } date ? LongDate(DateOnly.FromDateTime(date.UtcDateTime)) : "n.d." }.OfType<string>());
        parts.Add(Sentence(published));
        if (OriginalAddress.Of(article.Url) is { } url) parts.Add(url.AbsoluteUri + ".");
        parts.Add($"Archived at {permalink} (accessed {LongDate(accessed)}).");
        return string.Join(" ", parts);
    }

    private static string BibTexEntry(Article article, string permalink, DateOnly accessed)
    {
        var fields = new List<(string Name, string Value)>();
        if (article.Authors.Count > 0) fields.Add(("author", string.Join(" and ", article.Authors.Select(Escape))));
        // Double braces keep the title's capitals as written.
        fields.Add(("title", "{" + Escape(article.Title.Trim()) + "}"));
        if (article.Source is { } source) fields.Add(("howpublished", Escape(source)));
        if (article.Date is { } date)
        {
            fields.Add(("year", date.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("month", date.UtcDateTime.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()));
        }
        fields.Add(("url", OriginalAddress.Of(article.Url)?.AbsoluteUri ?? permalink));
        fields.Add(("urldate", accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        fields.Add(("note", $"Archived at \\url{{{permalink}}}"));

        var entry = new StringBuilder($"@misc{{{Key(article)},\n");
        foreach (var (name, value) in fields) entry.Append($"  {name} = {{{value}}},\n");
        return entry.Append('}').ToString();
    }

    /// <summary>outlet + year + first word of the title, letters only: reuters1987cocoa.</summary>
    private static string Key(Article article)
    {
        static string Letters(string? text) => new((text ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var firstWord = article.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Letters).FirstOrDefault(w => w.Length > 0) ?? "article";
        var key = Letters(article.Source?.Split(' ').FirstOrDefault()) + (article.Date?.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture) ?? "") + firstWord;
        return key.Length > 0 ? key : "article";
    }

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The text ending with one full stop (or the question or exclamation mark it has).</summary>
    private static string Sentence(string text) => text.Length > 0 && ".?!".Contains(text[^1]) ? text : text + ".";

    /// <summary>BibTeX's special characters escaped, braces included, so no text can end a field early.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '\\' => "\\textbackslash{}",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
