using System.Globalization;
using Microsoft.Extensions.Primitives;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

/// <summary>A parameter that could not be used, named so the message can say which one.</summary>
public sealed record ParameterError(string Parameter, string Message);

/// <summary>
/// Reads a search from the URL's query string, shared by the search page and the API so that
/// both accept the same parameters and reject the same mistakes with the same words.
/// </summary>
public static class SearchRequestBinder
{
    public const int DefaultPageSize = 10;

    /// <summary>
    /// Values one filter parameter (source, kw) may be given: more than a reader ticks, and each
    /// value is carried by every link of a results page, so a URL of hundreds made pages of megabytes.
    /// </summary>
    public const int MaxValuesPerFilter = 50;

    public static (SearchRequest? Request, ParameterError? Error) Bind(IQueryCollection query)
    {
        var q = Single(query, "q");
        if (UserQueryParser.LengthError(q) is { } tooLong) return Fail("q", tooLong);

        if (!TryDate(query, "from", out var from, out var error)) return (null, error);
        if (!TryDate(query, "to", out var to, out error)) return (null, error);
        if (from > to) return Fail("from", $"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd}).");

        SearchSort? sort = null;
        if (Single(query, "sort") is { } sortText)
        {
            if (!SearchSorts.TryParse(sortText, out var parsed))
                return Fail("sort", $"sort must be {SearchSorts.Listed} (added: newest to the archive first).");
            sort = parsed;
        }

        if (!TryInt(query, "size", DefaultPageSize, 1, SearchRequest.MaxPageSize, out var size, out error)) return (null, error);
        var maxPage = SearchRequest.MaxResultWindow / size;
        if (!TryInt(query, "page", 1, 1, maxPage, out var page, out error)) return (null, error);

        var exactWords = false;
        if (Single(query, "exact") is { } exactText)
        {
            if (exactText is "1" or "true" or "on") exactWords = true;
            else if (exactText is not ("0" or "false" or "off")) return Fail("exact", "exact must be 1 (exact words only) or 0 (words in any form).");
        }

        var dateShares = false;
        if (Single(query, "dates") is { } datesText)
        {
            if (datesText.Equals("share", StringComparison.OrdinalIgnoreCase)) dateShares = true;
            else if (!datesText.Equals("counts", StringComparison.OrdinalIgnoreCase)) return Fail("dates", "dates must be counts or share.");
        }

        var onePerStory = false;
        if (Single(query, "group") is { } groupText)
        {
            if (groupText.Equals("story", StringComparison.OrdinalIgnoreCase)) onePerStory = true;
            else if (!groupText.Equals("none", StringComparison.OrdinalIgnoreCase)) return Fail("group", "group must be story (one hit per story) or none (every article).");
        }

        foreach (var filter in new[] { "source", "kw" })
            if (Values(query, filter).Count() is var count and > MaxValuesPerFilter)
                return Fail(filter, $"{filter} may be given at most {MaxValuesPerFilter} times (not {count}).");

        var keywords = new List<KeywordFilter>();
        foreach (var value in Values(query, "kw"))
        {
            var colon = value.IndexOf(':');
            if (colon <= 0 || colon == value.Length - 1)
                return Fail("kw", $"kw must be a list and a value, like topics:cocoa (not \"{value}\").");
            keywords.Add(new KeywordFilter(value[..colon], value[(colon + 1)..]));
        }

        return (new SearchRequest
        {
            Query = q,
            Sources = Values(query, "source").Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            From = from,
            To = to,
            Keywords = keywords.Distinct().ToList(),
            Sort = sort,
            ExactWords = exactWords,
            DateShares = dateShares,
            OnePerStory = onePerStory,
            Page = page,
            PageSize = size,
        }, null);
    }

    private static (SearchRequest?, ParameterError?) Fail(string parameter, string message) => (null, new ParameterError(parameter, message));

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) && values[^1] is { } last && !string.IsNullOrWhiteSpace(last)
            ? last.Trim()
            : null;

    private static IEnumerable<string> Values(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            : [];

    /// <summary>A day, or a month or year (its first day for from, its last for to), as the command line reads them too.</summary>
    private static bool TryDate(IQueryCollection query, string name, out DateOnly? date, out ParameterError? error)
    {
        date = null;
        error = null;
        if (Single(query, name) is not { } text) return true;
        var parsed = name == "to" ? FilterDates.TryParseTo(text, out var day) : FilterDates.TryParseFrom(text, out day);
        if (parsed)
        {
            date = day;
            return true;
        }
        error = new ParameterError(name, $"{name} must be a date written as {FilterDates.Forms} (not \"{text}\").");
        return false;
    }

    private static bool TryInt(IQueryCollection query, string name, int fallback, int min, int max, out int value, out ParameterError? error)
    {
        value = fallback;
        error = null;
        if (Single(query, name) is not { } text) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = new ParameterError(name, $"{name} must be a whole number from {min} to {max:N0} (not \"{text}\").");
        return false;
    }
}
