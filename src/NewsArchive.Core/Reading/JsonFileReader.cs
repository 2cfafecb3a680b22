using System.Text;
using System.Text.Json;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads JSON articles in every common shape, plain or gzip-compressed: one object per file, an
/// array of objects, or JSON Lines (NDJSON). The shape is told by the content, since scrapers
/// name their files freely (".json" files are often JSON Lines). Lines and array elements are
/// read one at a time, so a file of any size is never held in memory; a bad one is reported
/// with its line and its neighbours are still read.
/// </summary>
public sealed class JsonFileReader(ReadingOptions options) : IArticleReader
{
    private static readonly string[] Extensions = [".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz"];
    private static readonly string[] LinesExtensions = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"];

    public JsonFileReader() : this(ReadingOptions.Default)
    {
    }

    public bool CanRead(string path) => EndsWithAny(path, Extensions);

    public IEnumerable<ReadResult> Read(string path, string fileId)
    {
        TextInput input;
        try
        {
            input = TextInput.Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skipped(path, null, $"unreadable: {ex.Message}")];
        }
        return Read(input, new Context(path, fileId, options.Fields, options.Clock.GetUtcNow()));
    }

    private sealed record Context(string Path, string FileId, FieldMap Fields, DateTimeOffset Now);

    private static IEnumerable<ReadResult> Read(TextInput input, Context file)
    {
        using (input)
        {
            var (first, firstLine) = NextNonBlankLine(input, 0);
            if (first is null)
            {
                // An empty file holds no articles; that is no problem unless it was cut short.
                if (input.EndProblem is { } problem) yield return ReadResult.Skipped(file.Path, firstLine + 1, problem);
                yield break;
            }

            var start = first.TrimStart();
            IEnumerable<ReadResult> results;
            if (start.StartsWith('['))
                results = Array(new JsonArraySplitter(input, start[1..], firstLine), file);
            else if (EndsWithAny(file.Path, LinesExtensions))
                results = Lines(input, file, [(first, firstLine)], firstLine);
            else if (start.StartsWith('{') && first.TrimEnd().EndsWith('}'))
                results = OneLineObjectOrLines(input, file, first, firstLine);
            else
                results = [Document(input, file, first, firstLine)];

            foreach (var result in results) yield return result;
        }
    }

    /// <summary>A .json file whose first line is a whole object: JSON Lines if another line follows, else one article.</summary>
    private static IEnumerable<ReadResult> OneLineObjectOrLines(TextInput input, Context file, string first, int firstLine)
    {
        var (second, secondLine) = NextNonBlankLine(input, firstLine);
        if (second is not null) return Lines(input, file, [(first, firstLine), (second, secondLine)], secondLine);
        if (input.EndProblem is { } problem) return [ReadResult.Skipped(file.Path, secondLine + 1, problem)];
        return [Record(first, file, firstLine, file.FileId, label: "")];
    }

    private static IEnumerable<ReadResult> Lines(TextInput input, Context file, (string Text, int Line)[] alreadyRead, int lineNumber)
    {
        foreach (var (text, line) in alreadyRead)
            yield return Record(text, file, line, $"{file.FileId}-{line}", label: "");
        while (input.ReadLine() is { } text)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            yield return Record(text, file, lineNumber, $"{file.FileId}-{lineNumber}", label: "");
        }
        // A truncated or corrupt archive: the lines before the break were kept; say where it broke.
        if (input.EndProblem is { } problem) yield return ReadResult.Skipped(file.Path, lineNumber + 1, problem);
    }

    private static IEnumerable<ReadResult> Array(JsonArraySplitter splitter, Context file)
    {
        foreach (var element in splitter.Elements())
        {
            yield return element.Text is { } text
                ? Record(text, file, element.Line, $"{file.FileId}-{element.Index}", $"element {element.Index}: ")
                : ReadResult.Skipped(file.Path, element.Line, element.Problem!);
        }
    }

    /// <summary>One object over several lines: small enough to read whole, being one article.</summary>
    private static ReadResult Document(TextInput input, Context file, string first, int firstLine)
    {
        var text = new StringBuilder(first).Append('\n');
        var buffer = new char[1 << 16];
        for (var read = input.Read(buffer); read > 0; read = input.Read(buffer))
        {
            text.Append(buffer, 0, read);
            if (text.Length > JsonArraySplitter.MaxElementChars)
                return ReadResult.Skipped(file.Path, null, $"one JSON value over {JsonArraySplitter.MaxElementChars / (1024 * 1024)} MB; an article file should be an array or JSON Lines");
        }
        if (input.EndProblem is { } problem) return ReadResult.Skipped(file.Path, null, problem);

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(LoneSurrogateEscapes.Replace(text.ToString()));
        }
        catch (JsonException ex)
        {
            return ReadResult.Skipped(file.Path, firstLine + (int)(ex.LineNumber ?? 0), $"malformed JSON: {ex.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Skipped(file.Path, null, "not a JSON object nor an array of objects");
            return ToResult(json.RootElement, file, line: null, file.FileId, label: "");
        }
    }

    private static ReadResult Record(string text, Context file, int line, string fallbackId, string label)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(LoneSurrogateEscapes.Replace(text));
        }
        catch (JsonException ex)
        {
            return ReadResult.Skipped(file.Path, line, $"{label}malformed JSON: {ex.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Skipped(file.Path, line, $"{label}not a JSON object");
            return ToResult(json.RootElement, file, line, fallbackId, label);
        }
    }

    private static ReadResult ToResult(JsonElement json, Context file, int? line, string fallbackId, string label)
    {
        var fields = JsonArticleMapper.Read(json, file.Fields, file.Now);
        if (!fields.HasText) return ReadResult.Skipped(file.Path, line, $"{label}empty text: no title and no body");
        var warnings = fields.Warnings.Select(warning => new ReadProblem(file.Path, line, label + warning)).ToList();
        return ReadResult.Of(fields.ToArticle(fallbackId), warnings);
    }

    private static (string? Text, int Line) NextNonBlankLine(TextInput input, int lineNumber)
    {
        while (input.ReadLine() is { } text)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(text)) return (text, lineNumber);
        }
        return (null, lineNumber);
    }

    private static bool EndsWithAny(string path, string[] extensions) =>
        extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
}
