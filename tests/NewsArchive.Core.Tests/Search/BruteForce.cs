using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// What a search should find and count, worked out from the articles in memory without Lucene.
/// Words match whole words, ignoring case, in the title or the body: for the single plain words
/// used in the tests this agrees with the analyzer.
/// </summary>
internal static class BruteForce
{
    public static Func<Article, bool> Word(string word)
    {
        var regex = new Regex($@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return article => regex.IsMatch(article.Title) || regex.IsMatch(article.Body);
    }

    public static Func<Article, bool> TitleWord(string word)
    {
        var regex = new Regex($@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return article => regex.IsMatch(article.Title);
    }

    /// <summary>A pattern anywhere in title or body (case-insensitive).</summary>
    public static Func<Article, bool> Pattern(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return article => regex.IsMatch(article.Title) || regex.IsMatch(article.Body);
    }

    public static Func<Article, bool> All { get; } = _ => true;

    public static DateOnly? Day(Article article) =>
        article.Date is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null;

    public static bool InSources(Article article, SearchRequest request) =>
        request.Sources.Count == 0 || request.Sources.Any(s => string.Equals(s, article.Source, StringComparison.OrdinalIgnoreCase));

    public static bool InDates(Article article, SearchRequest request)
    {
        if (request.From is null && request.To is null) return true;
        return Day(article) is { } day && (request.From is not { } from || day >= from) && (request.To is not { } to || day <= to);
    }

    /// <summary>Has, for every keyword list chosen (but <paramref name="exceptList"/>), any of its chosen values.</summary>
    public static bool HasKeywords(Article article, SearchRequest request, string? exceptList = null) =>
        request.Keywords.Where(k => k.List != exceptList).GroupBy(k => k.List).All(list =>
            article.Keywords.TryGetValue(list.Key, out var values) && list.Any(k => values.Contains(k.Value)));

    /// <summary>The counts a search should report for a query matching <paramref name="matches"/>.</summary>
    public static Expected Count(IEnumerable<Article> articles, Func<Article, bool> matches, SearchRequest request)
    {
        var candidates = articles.Where(matches).Where(a => InDates(a, request)).ToList();
        var hits = candidates.Where(a => InSources(a, request) && HasKeywords(a, request)).ToList();

        // Each facet counts what every filter but its own lets through; the dates count the hits.
        var sources = Ranked(candidates.Where(a => a.Source is not null && HasKeywords(a, request)).GroupBy(a => a.Source!));
        var lists = candidates.SelectMany(a => a.Keywords.Keys).Distinct();
        var keywords = lists
            .Select(list => (List: list, Values: Ranked(candidates
                .Where(a => InSources(a, request) && HasKeywords(a, request, exceptList: list) && a.Keywords.ContainsKey(list))
                .SelectMany(a => a.Keywords[list].Distinct())
                .GroupBy(value => value))))
            .Where(facet => facet.Values.Count > 0)
            .ToDictionary(facet => facet.List, facet => (IReadOnlyList<FacetValue>)facet.Values);

        var days = hits.Select(Day).OfType<DateOnly>().ToList();
        return new Expected(hits.Count, sources, keywords, DateBuckets(days), days.Count == 0 ? null : days.Min(),
            days.Count == 0 ? null : days.Max(), hits.Count - days.Count);
    }

    private static List<FacetValue> Ranked<T>(IEnumerable<IGrouping<string, T>> groups) =>
        groups.Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static DateGranularity GranularityFor(DateOnly first, DateOnly last) =>
        (last.DayNumber - first.DayNumber + 1) switch
        {
            <= 92 => DateGranularity.Day,
            <= 3 * 366 => DateGranularity.Month,
            _ => DateGranularity.Year,
        };

    public static string Label(DateOnly day, DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGranularity.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// (label, count) for every period from the first day to the last, empty periods included,
    /// found by walking day by day rather than period by period.
    /// </summary>
    public static List<(string Label, int Count)> DateBuckets(IReadOnlyCollection<DateOnly> days)
    {
        if (days.Count == 0) return [];
        var first = days.Min();
        var last = days.Max();
        var granularity = GranularityFor(first, last);
        var counts = days.GroupBy(d => Label(d, granularity)).ToDictionary(g => g.Key, g => g.Count());
        var labels = new List<string>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var label = Label(day, granularity);
            if (labels.Count == 0 || labels[^1] != label) labels.Add(label);
        }
        return labels.Select(label => (label, counts.GetValueOrDefault(label))).ToList();
    }
}

internal sealed record Expected(
    int Total,
    IReadOnlyList<FacetValue> Sources,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Keywords,
    IReadOnlyList<(string Label, int Count)> DateBuckets,
    DateOnly? First,
    DateOnly? Last,
    int Undated);
