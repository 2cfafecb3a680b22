using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Parses a piece of text that is a date and nothing else, in the few forms English news text
/// writes them: "10 January 2022", "January 10, 2022", "Jan 11, 2022 01:15 AM", "2022-01-10".
/// </summary>
/// <remarks>
/// Deliberately narrower than <see cref="DateTimeOffset.TryParse(string?, out DateTimeOffset)"/>:
/// the whole text must be one date with a year, so a phrase that merely contains a date, or a
/// bare "January 2", is never taken for one, and the result does not depend on the culture or
/// on today's date. A time without a stated zone is taken to be UTC.
/// </remarks>
public static partial class DateTextParser
{
    private const string Weekday = @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?";
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>\d{4})";
    private const string Time = @"(?:,?\s+(?:at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s*(?<ampm>[ap])\.?m\.?)?(?:\s*(?:gmt|utc))?)?";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const int MinYear = 1800;
    private const int MaxYear = 2199;

    /// <summary>Reads <paramref name="text"/> as one date (and optional time), in UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();

        var match = IsoDate().Match(trimmed);
        if (match.Success) return TryBuild(match, int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture), out date);

        match = DayMonthYear().Match(trimmed);
        if (!match.Success) match = MonthDayYear().Match(trimmed);
        return match.Success && TryBuild(match, MonthNumber(match.Groups["month"].Value), out date);
    }

    private static bool TryBuild(Match match, int month, out DateTimeOffset date)
    {
        date = default;
        var year = Number(match, "year");
        var day = Number(match, "day");
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        if (!TryTime(match, out var time)) return false;
        if (!TryOffset(match.Groups["zone"], out var offset)) return false;

        date = new DateTimeOffset(new DateTime(year, month, day).Add(time), offset).ToUniversalTime();
        return true;
    }

    private static bool TryTime(Match match, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (!match.Groups["hour"].Success) return true;
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return false;
            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeSpan(hour, minute, second);
        return true;
    }

    private static bool TryOffset(Group zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (!zone.Success || zone.Value.Length < 5) return true; // absent, Z, UTC or GMT
        var digits = zone.Value[1..].Replace(":", "");
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0) * (zone.Value[0] == '-' ? -1 : 1);
        return true;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T\s](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?)?\s*(?<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?$", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex("^" + Weekday + Day + @"\s+" + Month + @",?\s+" + Year + Time + "$", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("^" + Weekday + Month + @"\s+" + Day + @",?\s+" + Year + Time + "$", Options)]
    private static partial Regex MonthDayYear();
}
