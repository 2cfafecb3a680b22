using System.Globalization;

namespace NewsArchive.Web.Infrastructure;

/// <summary>How dates and numbers read on the pages: one format everywhere, independent of the server's culture.</summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTimeOffset? date) => date is { } d ? d.UtcDateTime.ToString("d MMMM yyyy", Culture) : "Date unknown";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string IsoDate(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A &lt;time&gt; element's datetime: the day alone where the source gave no time (as <see cref="DateTime"/>
    /// reads it), else to the second in UTC. HTML allows at most three digits of a second's fraction, not .NET's "o" seven.
    /// </summary>
    public static string MachineDateTime(DateTimeOffset date) => date.UtcDateTime.TimeOfDay == TimeSpan.Zero
        ? IsoDate(date)
        : date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The time only where the source gave one (midnight UTC means a date without a time).</summary>
    public static string DateTime(DateTimeOffset? date) => date is { } d && d.UtcDateTime.TimeOfDay != TimeSpan.Zero
        ? d.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", Culture)
        : Date(date);

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Plural(int count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";
}
