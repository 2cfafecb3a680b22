using System.Globalization;
using CsvHelper;
using NewsArchive.Web.Exports;

namespace NewsArchive.Web.Coverage;

/// <summary>
/// A comparison's numbers as CSV, written as a search export is: its header as comment lines
/// ("# interval: year"), then one row per series and period (the long form every statistics
/// package reads), with the same numbers as the API's points.
/// </summary>
public static class CoverageCsv
{
    public static readonly IReadOnlyList<string> Columns = ["series", "query", "period", "from", "to", "count", "articles", "share", "too few", "partial"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        CommentPrefix = CsvExport.CommentPrefix,
        // A query is the reader's text: a cell starting with = must not run as a formula.
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static async Task WriteAsync(Stream output, CoverageResponse coverage, CancellationToken cancellation)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var (name, value) in coverage.Header.Lines()) csv.WriteComment($" {name}: {value.ReplaceLineEndings(" ")}");
        foreach (var notice in coverage.Notices) csv.WriteComment($" note: {notice.ReplaceLineEndings(" ")}");
        foreach (var column in Columns) csv.WriteField(column);
        await csv.EndRecordAsync(cancellation);
        foreach (var series in coverage.Series)
        {
            foreach (var point in series.Points)
            {
                csv.WriteField(series.Label);
                csv.WriteField(series.Query ?? "");
                csv.WriteField(point.Period);
                csv.WriteField(point.From);
                csv.WriteField(point.To);
                csv.WriteField(point.Count.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(point.Articles.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(point.Share?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(point.TooFew ? "yes" : "no");
                csv.WriteField(point.Partial ? "yes" : "no");
                await csv.EndRecordAsync(cancellation);
            }
        }
    }
}
