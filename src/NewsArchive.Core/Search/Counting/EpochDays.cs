namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// Dates as whole UTC days since 1970-01-01, the unit that per-day counts are kept in: one
/// conversion for the collector, the filters and the histogram, so a day means the same in each.
/// </summary>
internal static class EpochDays
{
    public const long MillisPerDay = 86_400_000;

    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>The day a moment (UTC milliseconds) falls on; floored, so moments before 1970 land on their own day.</summary>
    public static long FromMillis(long millis) => Math.DivRem(millis, MillisPerDay, out var rest) - (rest < 0 ? 1 : 0);

    public static long FromDate(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly ToDate(long day) => DateOnly.FromDayNumber(checked((int)(day + EpochDayNumber)));
}
