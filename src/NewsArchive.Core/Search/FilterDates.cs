using System.Globalization;

namespace NewsArchive.Core.Search;

/// <summary>
/// Reads the ends of a date filter (<see cref="SearchRequest.From"/>, <see cref="SearchRequest.To"/>)
/// from text: a day (2022-01-10), a month (2022-01) or a year (2022). A month or a year means its
/// first day as the start of the range and its last day as the end, so that from 2022-01 to
/// 2022-01 is the whole of January.
/// </summary>
public static class FilterDates
{
    /// <summary>The accepted forms, as a message about a wrong date names them.</summary>
    public const string Forms = "YYYY-MM-DD, YYYY-MM or YYYY";

    /// <summary>The first day of the day, month or year written in <paramref name="text"/>.</summary>
    public static bool TryParseFrom(string? text, out DateOnly day) => TryParse(text, end: false, out day);

    /// <summary>The last day of the day, month or year written in <paramref name="text"/>.</summary>
    public static bool TryParseTo(string? text, out DateOnly day) => TryParse(text, end: true, out day);

    private static bool TryParse(string? text, bool end, out DateOnly day)
    {
        day = default;
        // Exact formats only, as the search page's dates are written: 2022-1-1 or 01/10/2022
        // would be read differently by different people.
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return true;
        if (text is { Length: 7 } && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            day = end ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
            return true;
        }
        // "yyyy" alone also parses "22" or "022"; a year is written with four digits.
        if (text is { Length: 4 } && DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            day = end ? new DateOnly(year.Year, 12, 31) : year;
            return true;
        }
        return false;
    }
}
