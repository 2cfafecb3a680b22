using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading.Html;

/// <summary>Author names as pages write them, made into a clean list.</summary>
internal static partial class PersonNames
{
    /// <summary>Longer than any name; a longer "author" is a sentence or a bio that was put in the wrong field.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// More than any byline lists; a page naming more (a staff directory, a hostile page) would
    /// otherwise flood the author facet from a single article.
    /// </summary>
    public const int MaxCount = 25;

    /// <summary>Splits lists written in one string ("Tom Reyes, Anna Kowalczyk" or "A and B").</summary>
    public static IEnumerable<string> Split(string text) => ListSeparator().Split(StripBy(text));

    /// <summary>
    /// Cleaned, plausible names in their first order, each once. A profile URL, a handle or markup
    /// is not a name (pages put all three in author fields), and a hostile page's markup must not
    /// reach the index looking like one.
    /// </summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var raw in names)
        {
            if (HtmlText.Normalise(StripBy(raw))?.Trim(',', ';', ':', '-', '|', '·') is not { Length: > 0 } name) continue;
            if (!IsPlausible(name) || !seen.Add(name)) continue;
            result.Add(name);
            if (result.Count == MaxCount) break;
        }
        return result;
    }

    private static bool IsPlausible(string name) =>
        name.Length <= MaxLength
        && name.Any(char.IsLetter)
        && name.IndexOfAny(['<', '>', '{', '}', '@', '/', '\\', '=']) < 0
        && !name.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static string StripBy(string text) => LeadingBy().Replace(text, "");

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s*[,;|]\s*|\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();
}
