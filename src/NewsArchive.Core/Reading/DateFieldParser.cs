using NewsArchive.Core.Articles;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading;

/// <summary>What a date field gave: the date, or why it was not taken, or both when it looks wrong.</summary>
internal readonly record struct DateFieldValue(DateTimeOffset? Date, string? Warning);

/// <summary>
/// Reads the date field of structured metadata (JSON, front matter, sidecars): ISO 8601, RFC 1123
/// ("Mon, 10 Jan 2022 10:00:00 GMT"), "2022-01-10 10:00:00 +0100", and the English forms of
/// <see cref="DateTextParser"/>.
/// </summary>
/// <remarks>
/// Wider than <see cref="DateTextParser"/>, because a field named "date" surely holds one, but
/// never guessing: a text without a four-digit year ("January 2") would get this year from the
/// framework, and "03/04/2021" is 3 April or 4 March depending on who wrote it, so both are left
/// unknown rather than filed under a made-up day. A date that parses but cannot be a news
/// article's (before 1800, or in the future) is kept as given, since it is what the data says,
/// and flagged so the indexing summary shows it.
/// </remarks>
internal static partial class DateFieldParser
{
    private const string UnreadablePrefix = "unreadable date ";
    private const string ImplausiblePrefix = "date ";
    private const string ImplausibleSuffix = " looks wrong; kept as given";

    public static DateFieldValue Parse(string text, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (!TryParse(trimmed, out var date)) return new(null, Unreadable(trimmed));
        var plausible = PlausibleDates.IsPlausible(date, now);
        return new(date, plausible ? null : $"{ImplausiblePrefix}{trimmed}{ImplausibleSuffix}");
    }

    public static string Unreadable(string text) => $"{UnreadablePrefix}\"{text}\" kept as unknown";

    /// <summary>Whether a warning is one of this parser's, so a sidecar that sets the date can drop it.</summary>
    public static bool IsDateWarning(string reason) =>
        reason.StartsWith(UnreadablePrefix, StringComparison.Ordinal)
        || (reason.StartsWith(ImplausiblePrefix, StringComparison.Ordinal) && reason.EndsWith(ImplausibleSuffix, StringComparison.Ordinal));

    private static bool TryParse(string text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length == 0) return false;
        var numeric = NumericDate().Match(text);
        if (numeric.Success) return TryNumeric(numeric, out date);
        if (FourDigitYear().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date))
            return true;
        return DateTextParser.TryParse(text, out date);
    }

    /// <summary>"10/01/2022" or "10.01.2022": taken only when just one of day-month and month-day is a real date, or both are the same.</summary>
    private static bool TryNumeric(Match match, out DateTimeOffset date)
    {
        date = default;
        var first = int.Parse(match.Groups["first"].ValueSpan, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var dayFirst = Day(year, month: second, day: first);
        var monthFirst = Day(year, month: first, day: second);
        if (dayFirst is not null && monthFirst is not null && dayFirst != monthFirst) return false;
        if ((dayFirst ?? monthFirst) is not { } day) return false;

        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + match.Groups["rest"].Value;
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);
    }

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(?<first>\d{1,2})[/.](?<second>\d{1,2})[/.](?<year>\d{4})(?<rest>(?:[T ]\S.*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();
}
