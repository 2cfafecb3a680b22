namespace NewsArchive.Web.Exports;

/// <summary>A file format of exports: how its header and rows are written, and how it says that it failed.</summary>
/// <param name="Layout">What the file holds, for the OpenAPI description.</param>
/// <param name="FailureLine">The line ending a file whose export failed midway, in the format's own syntax.</param>
public sealed record ExportFormat(
    string Extension,
    string Name,
    string ContentType,
    string Layout,
    ExportFormat.Writer Write,
    Func<string, byte[]> FailureLine)
{
    public delegate Task Writer(Stream output, ExportHeader header, IEnumerable<ExportRow> rows, CancellationToken cancellation);

    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("csv", "CSV", CsvExport.ContentType,
            "The file starts with comment lines (# name: value) giving the query, filters, time of export, index version and total, then a header row, then one row per article. A file whose export failed midway ends with a comment line \"# export failed: …\" (and the download is broken).",
            CsvExport.WriteAsync, CsvExport.FailureLine),
        new("jsonl", "JSON Lines", JsonLinesExport.ContentType,
            "One JSON object per line: first the export's header (type \"export\": query, filters, time of export, index version, total), then one per article (type \"article\"). A file whose export failed midway ends with an object of type \"error\" (and the download is broken).",
            JsonLinesExport.WriteAsync, JsonLinesExport.FailureLine),
    ];
}
