using System.Globalization;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// Moves a copied story's date by whole years so that a scaled corpus spans 2000–2025 rather than
/// repeating 1987 and 2012–2020: date filters and the histogram then work over many years, as in
/// a real archive. Month, day, time and the text's format are kept.
/// </summary>
internal static class ShiftedDate
{
    public const int FirstYear = 2000;
    public const int Years = 26;

    /// <summary>Copies move together in runs of this many, as an archive is filled a period at a time.</summary>
    private const int CopiesPerRun = 1_000;

    /// <summary>Prime to <see cref="Years"/>, so that 26 runs (26,000 copies) reach every year.</summary>
    private const int YearsPerRun = 7;

    /// <summary>
    /// The date of copy number <paramref name="copy"/>. Text that does not start with a plausible
    /// year (absurd dates such as 0001 or 2050, which real data has) is kept as it is.
    /// </summary>
    public static string Shift(string date, int copy)
    {
        if (date.Length < 10 || date[4] != '-' || date[7] != '-'
            || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1900 or > 2030)
            return date;
        var shifted = FirstYear + Mod(year - FirstYear + YearsPerRun * (copy / CopiesPerRun), Years);
        var rest = date[4..];
        // 29 February exists only in leap years.
        if (rest.StartsWith("-02-29", StringComparison.Ordinal) && !DateTime.IsLeapYear(shifted)) rest = "-02-28" + rest[6..];
        return shifted.ToString("D4", CultureInfo.InvariantCulture) + rest;
    }

    private static int Mod(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
