using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// An article as the pair draw sees it: its day, outlet and topic, its headline's content words
/// and the names of its opening, and the opening written into the pairs file to be read.
/// </summary>
internal sealed partial record PairArticle(string Id, DateOnly Day, string Site, string? Topic, string Title, string Lead, IReadOnlySet<string> TitleWords, IReadOnlySet<string> Names)
{
    public const int LeadCharacters = 300;

    /// <summary>Null for an article the draw cannot use: undated, or with no outlet to tell two outlets apart.</summary>
    public static PairArticle? From(Article article)
    {
        if (article.Date is not { } date) return null;
        var site = Keyword(article, "site") ?? article.Source;
        if (string.IsNullOrEmpty(site)) return null;
        var opening = Spaces().Replace(article.Body.Length > 2000 ? article.Body[..2000] : article.Body, " ").Trim();
        return new PairArticle(article.Id, DateOnly.FromDateTime(date.UtcDateTime), site, Keyword(article, "topic"), OneLine(article.Title), Cut(opening),
            PairWords.Content(article.Title), PairWords.Names(Cut(opening)));
    }

    public int DaysFrom(PairArticle other) => Math.Abs(Day.DayNumber - other.Day.DayNumber);

    private static string? Keyword(Article article, string name) =>
        article.Keywords.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static string OneLine(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>About <see cref="LeadCharacters"/> characters, ending at a word's end.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= LeadCharacters) return text;
        var end = text.LastIndexOf(' ', LeadCharacters);
        return text[..(end > LeadCharacters / 2 ? end : LeadCharacters)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
