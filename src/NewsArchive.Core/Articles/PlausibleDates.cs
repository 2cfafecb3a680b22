namespace NewsArchive.Core.Articles;

/// <summary>
/// Whether a date can be a news article's. Real archives hold absurd ones (year 0001, 2050) from
/// broken feeds; they are kept as the source gives them, but flagged, and kept out of the date
/// histogram so that they do not stretch it into centuries of empty bars.
/// </summary>
public static class PlausibleDates
{
    public const int MinYear = 1800;

    /// <summary>Publication times are often stamped in a zone ahead of UTC; a day of slack keeps today's articles plausible.</summary>
    public static readonly TimeSpan FutureSlack = TimeSpan.FromDays(1);

    public static bool IsPlausible(DateTimeOffset date, DateTimeOffset now) => date.Year >= MinYear && date <= now + FutureSlack;

    public static bool IsPlausible(DateOnly day, DateTimeOffset now) =>
        IsPlausible(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now);
}
