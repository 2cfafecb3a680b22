using System.Globalization;

namespace NewsArchive.Web.Exports;

/// <summary>How exports write what is not plain text.</summary>
public static class ExportFormats
{
    /// <summary>ISO 8601 in UTC to the second (2022-01-10T00:00:00Z): what spreadsheets and scripts read as a time.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
