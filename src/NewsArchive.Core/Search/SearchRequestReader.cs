using System.Globalization;

namespace NewsArchive.Core.Search;

/// <summary>A parameter that could not be used, named so the message can say which one.</summary>
public sealed record ParameterError(string Parameter, string Message);

/// <summary>
/// Reads a search from named parameters — a URL's query string on the pages, the API, feeds and
/// exports; the options of the command line — so that every way in accepts the same parameters
/// and refuses the same mistakes with the same words.
/// </summary>
/// <param name="values">Every value given for a parameter, none when it is absent.</param>
/// <param name="nameOf">How a parameter is called where it was typed (the command line's --limit for size), for messages.</param>
public sealed class SearchRequestReader(Func<string, IEnumerable<string?>> values, Func<string, string>? nameOf = null)
{
    public const int DefaultPageSize = 10;

    /// <summary>
    /// Values one filter parameter (source, kw) may be given: more than a reader ticks, and each
    /// value is carried by every link of a results page, so a URL of hundreds made pages of megabytes.
    /// </summary>
    public const int MaxValuesPerFilter = 50;

    public (SearchRequest? Request, ParameterError? Error) Read()
    {
        var q = Single("q");
        if (QueryText.LengthError(q) is { } tooLong) return Fail("q", tooLong);

        if (!TryDate("from", out var from, out var error)) return (null, error);
        if (!TryDate("to", out var to, out error)) return (null, error);
        if (from > to) return Fail("from", $"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd}).");

        SearchSort? sort = null;
        if (Single("sort") is { } sortText)
        {
            if (!SearchSorts.TryParse(sortText, out var parsed))
                return Fail("sort", $"{Named("sort")} must be {SearchSorts.Listed} (added: newest to the archive first; random: a sample fixed by seed).");
            sort = parsed;
        }

        if (!TryInt("seed", 0, 0, int.MaxValue, out var seed, out error)) return (null, error);

        if (!TryInt("size", DefaultPageSize, 1, SearchRequest.MaxPageSize, out var size, out error)) return (null, error);
        var maxPage = SearchRequest.MaxResultWindow / size;
        if (!TryInt("page", 1, 1, maxPage, out var page, out error)) return (null, error);

        if (!TryFlag("exact", "1 (exact words only) or 0 (words in any form)", out var exactWords, out error)) return (null, error);
        if (!TryFlag("astyped", "1 (the query as typed, never corrected) or 0", out var asTyped, out error)) return (null, error);

        var dateShares = false;
        if (Single("dates") is { } datesText)
        {
            if (datesText.Equals("share", StringComparison.OrdinalIgnoreCase)) dateShares = true;
            else if (!datesText.Equals("counts", StringComparison.OrdinalIgnoreCase)) return Fail("dates", $"{Named("dates")} must be counts or share.");
        }

        var onePerStory = false;
        if (Single("group") is { } groupText)
        {
            if (groupText.Equals("story", StringComparison.OrdinalIgnoreCase)) onePerStory = true;
            else if (!groupText.Equals("none", StringComparison.OrdinalIgnoreCase)) return Fail("group", $"{Named("group")} must be story (one hit per story) or none (every article).");
        }

        foreach (var filter in new[] { "source", "kw" })
            if (Values(filter).Count() is var count and > MaxValuesPerFilter)
                return Fail(filter, $"{Named(filter)} may be given at most {MaxValuesPerFilter} times (not {count}).");

        var keywords = new List<KeywordFilter>();
        foreach (var value in Values("kw"))
        {
            var colon = value.IndexOf(':');
            if (colon <= 0 || colon == value.Length - 1)
                return Fail("kw", $"{Named("kw")} must be a list and a value, like topics:cocoa (not \"{value}\").");
            keywords.Add(new KeywordFilter(value[..colon], value[(colon + 1)..]));
        }

        return (new SearchRequest
        {
            Query = q,
            Sources = Values("source").Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            From = from,
            To = to,
            Keywords = keywords.Distinct().ToList(),
            Sort = sort,
            Seed = seed,
            ExactWords = exactWords,
            AsTyped = asTyped,
            DateShares = dateShares,
            OnePerStory = onePerStory,
            Page = page,
            PageSize = size,
        }, null);
    }

    private static (SearchRequest?, ParameterError?) Fail(string parameter, string message) => (null, new ParameterError(parameter, message));

    private string Named(string parameter) => nameOf?.Invoke(parameter) ?? parameter;

    /// <summary>The last value given, trimmed; null when absent or blank (as an empty URL parameter is).</summary>
    private string? Single(string name) =>
        values(name).LastOrDefault() is { } last && !string.IsNullOrWhiteSpace(last) ? last.Trim() : null;

    private IEnumerable<string> Values(string name) =>
        values(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());

    /// <summary>A day, or a month or year (its first day for from, its last for to), as the command line reads them too.</summary>
    private bool TryDate(string name, out DateOnly? date, out ParameterError? error)
    {
        date = null;
        error = null;
        if (Single(name) is not { } text) return true;
        var parsed = name == "to" ? FilterDates.TryParseTo(text, out var day) : FilterDates.TryParseFrom(text, out day);
        if (parsed)
        {
            date = day;
            return true;
        }
        error = new ParameterError(name, $"{Named(name)} must be a date written as {FilterDates.Forms} (not \"{text}\").");
        return false;
    }

    private bool TryFlag(string name, string meanings, out bool value, out ParameterError? error)
    {
        value = false;
        error = null;
        if (Single(name) is not { } text) return true;
        if (text is "1" or "true" or "on") value = true;
        else if (text is not ("0" or "false" or "off")) error = new ParameterError(name, $"{Named(name)} must be {meanings}.");
        return error is null;
    }

    private bool TryInt(string name, int fallback, int min, int max, out int value, out ParameterError? error)
    {
        value = fallback;
        error = null;
        if (Single(name) is not { } text) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = new ParameterError(name, $"{Named(name)} must be a whole number from {min} to {max:N0} (not \"{text}\").");
        return false;
    }
}
