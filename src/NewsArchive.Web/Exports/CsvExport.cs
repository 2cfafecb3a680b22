using CsvHelper;

namespace NewsArchive.Web.Exports;

/// <summary>
/// An export as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads it as UTF-8).
/// The header comes first as comment lines ("# total: 129"), which CSV readers that know
/// comments skip and spreadsheets show above the table; then the column names and the rows.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public const char CommentPrefix = '#';

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        CommentPrefix = CommentPrefix,
        // A cell starting with =, +, - or @ is a formula to a spreadsheet: an article's title
        // must not run as one on the reader's machine, so such cells get a leading apostrophe.
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    /// <summary>The comment line that ends a file whose export failed midway.</summary>
    public static byte[] FailureLine(string message) =>
        System.Text.Encoding.UTF8.GetBytes($"{CommentPrefix} {message.ReplaceLineEndings(" ")}\r\n");

    public static async Task WriteAsync(Stream output, ExportHeader header, IEnumerable<ExportRow> rows, CancellationToken cancellation)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        // A comment ends with its line, so each value is kept to one.
        foreach (var (name, value) in header.Lines()) csv.WriteComment($" {name}: {value.ReplaceLineEndings(" ")}");
        foreach (var column in ExportRow.Columns(header.FullText)) csv.WriteField(column);
        await csv.EndRecordAsync(cancellation);
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells(header.FullText)) csv.WriteField(cell);
            await csv.EndRecordAsync(cancellation);
        }
    }
}
