using System.Globalization;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// How a story's dates read on its page: the days it spans (9–11 May 2017), and how long after
/// the first report each later one came (+3 h, +1 day). Midnight UTC is a date without a time
/// (as <see cref="Display.DateTime"/> reads it), so hours are given only when both times are known.
/// </summary>
public static class StoryTimes
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>, saying the month and year once where they are shared.</summary>
    public static string Span(DateTimeOffset first, DateTimeOffset last)
    {
        var (from, to) = (first.UtcDateTime, last.UtcDateTime);
        if (from.Date == to.Date) return Display.Date(first);
        if (from.Year == to.Year && from.Month == to.Month) return $"{from.Day}–{Display.Date(last)}";
        if (from.Year == to.Year) return $"{from.ToString("d MMMM", Culture)} – {Display.Date(last)}";
        return $"{Display.Date(first)} – {Display.Date(last)}";
    }

    /// <summary>How long after <paramref name="first"/> a version dated <paramref name="date"/> came: "+3 h", "+2 days", "same day"; null when it is undated.</summary>
    public static string? After(DateTimeOffset first, DateTimeOffset? date)
    {
        if (date is not { } d) return null;
        var (from, to) = (first.UtcDateTime, d.UtcDateTime);
        // With both times, whole days of 24 hours; with a date alone, days of the calendar.
        var days = (to.Date - from.Date).Days;
        if (HasTime(from) && HasTime(to))
        {
            var gap = to - from;
            if (gap < TimeSpan.FromHours(1)) return $"+{(int)gap.TotalMinutes} min";
            if (gap < TimeSpan.FromDays(1)) return $"+{(int)gap.TotalHours} h";
            days = (int)gap.TotalDays;
        }
        return days switch
        {
            0 => "same day",
            1 => "+1 day",
            _ => $"+{days} days",
        };
    }

    private static bool HasTime(DateTime time) => time.TimeOfDay != TimeSpan.Zero;
}
