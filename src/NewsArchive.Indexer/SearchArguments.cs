using System.Globalization;
using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>The search command's option values as typed, before they are checked.</summary>
internal sealed record SearchArguments(
    string? Query,
    IReadOnlyList<string> Sources,
    string? From,
    string? To,
    string? Sort,
    string? Limit,
    string? Page,
    bool ExactWords)
{
    public const int DefaultLimit = 10;

    /// <summary>
    /// The search to run, or the reason the arguments cannot make one. The checks and their
    /// wording follow the web app's search parameters (SearchRequestBinder), so that a search
    /// the page refuses is refused here too, for the same reason.
    /// </summary>
    public (SearchRequest? Request, string? Error) Bind()
    {
        if (UserQueryParser.LengthError(Query) is { } tooLong) return Fail(tooLong);

        DateOnly? from = null, to = null;
        if (Given(From) is { } fromText)
        {
            if (!FilterDates.TryParseFrom(fromText, out var day)) return Fail($"--from must be a date written as {FilterDates.Forms} (not \"{fromText}\").");
            from = day;
        }
        if (Given(To) is { } toText)
        {
            if (!FilterDates.TryParseTo(toText, out var day)) return Fail($"--to must be a date written as {FilterDates.Forms} (not \"{toText}\").");
            to = day;
        }
        if (from > to) return Fail(string.Create(CultureInfo.InvariantCulture, $"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd})."));

        SearchSort? sort = null;
        if (Given(Sort) is { } sortText)
        {
            if (!SearchSorts.TryParse(sortText, out var parsed))
                return Fail($"--sort must be {SearchSorts.Listed} (not \"{sortText}\").");
            sort = parsed;
        }

        if (!TryNumber("--limit", Limit, DefaultLimit, SearchRequest.MaxPageSize, out var limit, out var error)) return Fail(error);
        // Paging stops where the web app's does: deeper pages cost memory and no reader needs them.
        if (!TryNumber("--page", Page, 1, SearchRequest.MaxResultWindow / limit, out var page, out error)) return Fail(error);

        return (new SearchRequest
        {
            Query = Given(Query),
            Sources = Sources.Select(Given).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            From = from,
            To = to,
            Sort = sort,
            ExactWords = ExactWords,
            Page = page,
            PageSize = limit,
        }, null);
    }

    private static (SearchRequest?, string?) Fail(string error) => (null, error);

    /// <summary>The value trimmed, or null when it is missing or blank (as an empty URL parameter is).</summary>
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryNumber(string option, string? text, int fallback, int max, out int value, out string error)
    {
        value = fallback;
        error = "";
        if (Given(text) is not { } given) return true;
        if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max) return true;
        error = string.Create(CultureInfo.InvariantCulture, $"{option} must be a whole number from 1 to {max:N0} (not \"{given}\").");
        return false;
    }
}
