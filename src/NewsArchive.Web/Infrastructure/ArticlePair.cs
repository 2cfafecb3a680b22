using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.Web.Infrastructure;

/// <summary>Why two ids (a, b) could not be compared.</summary>
public enum PairProblem
{
    /// <summary>a or b is missing or blank.</summary>
    Missing,

    /// <summary>No article has a's or b's id.</summary>
    Unknown,

    /// <summary>a and b are one article.</summary>
    Same,
}

/// <summary>Two ids compared, or why not: the parameter at fault and a message naming it (and the unknown id, never another article in its place).</summary>
public sealed record ComparedPair(ArticleComparison? Comparison, PairProblem? Problem = null, ParameterError? Error = null);

/// <summary>The two article ids of a comparison (a, b), checked, looked up and worded alike for its page and its API.</summary>
public static class ArticlePair
{
    public static ComparedPair Compare(IArchive archive, string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a)) return Refused(PairProblem.Missing, "a", "Give the id of the first article to compare as a (a=…).");
        if (string.IsNullOrWhiteSpace(b)) return Refused(PairProblem.Missing, "b", "Give the id of the second article to compare as b (b=…).");
        // What cannot be an id is unknown without asking the index.
        if (!ArticleIds.CanExist(a)) return Unknown("a", a);
        if (!ArticleIds.CanExist(b)) return Unknown("b", b);
        if (a == b) return archive.Contains(a) ? Refused(PairProblem.Same, "b", "a and b are the same article: there is nothing to compare it with. Choose another article as b.") : Unknown("a", a);
        return archive.CompareArticles(a, b, out var unknown) is { } comparison ? new ComparedPair(comparison) : Unknown(unknown == a ? "a" : "b", unknown!);
    }

    // Shortened: an id may be thousands of characters, and the message need not repeat them all.
    private static ComparedPair Unknown(string parameter, string id) => Refused(PairProblem.Unknown, parameter, $"No article with id '{Headline.Shorten(id, 200)}'.");

    private static ComparedPair Refused(PairProblem problem, string parameter, string message) => new(null, problem, new ParameterError(parameter, message));
}
