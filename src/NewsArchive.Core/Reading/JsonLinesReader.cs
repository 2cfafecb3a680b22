using System.IO.Compression;
using System.Text.Json;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads JSON Lines (one article object a line), plain or gzip-compressed, streaming line by line
/// so that a file of any size is never held in memory. A bad line is reported and skipped; its
/// neighbours are still read.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    private static readonly string[] Extensions = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];

    public bool CanRead(string path) =>
        Extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        TextReader text;
        try
        {
            text = Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skipped(path, null, $"unreadable: {ex.Message}")];
        }
        return ReadLines(text, path, fileId);
    }

    private static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    private static IEnumerable<ReadResult> ReadLines(TextReader text, string path, string fileId)
    {
        using (text)
        {
            var lineNumber = 0;
            while (true)
            {
                string? line;
                string? failure = null;
                try
                {
                    line = text.ReadLine();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException)
                {
                    line = null;
                    failure = ex.Message;
                }
                if (failure is not null)
                {
                    // A truncated or corrupt archive: keep what was read, report where it broke.
                    yield return ReadResult.Skipped(path, lineNumber + 1, $"unreadable from here on: {failure}");
                    yield break;
                }
                if (line is null) yield break;
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return ParseLine(line, path, lineNumber, fileId);
            }
        }
    }

    private static ReadResult ParseLine(string line, string path, int lineNumber, string fileId)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadResult.Skipped(path, lineNumber, $"malformed JSON: {ex.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Skipped(path, lineNumber, "not a JSON object");
            return JsonArticleMapper.Map(json.RootElement, $"{fileId}-{lineNumber}", path, lineNumber);
        }
    }
}
