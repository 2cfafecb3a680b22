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
            input = TextInput.Open(path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skipped(path, null, $"unreadable: {ex.Message}")];
        }
        return Read(input, new Context(path, fileId, options));
    }

    private sealed record Context(string Path, string FileId, ReadingOptions Options)
    {
        public DateTimeOffset Now { get; } = Options.Clock.GetUtcNow();

        public ReadResult TooLong(int line, long length, string label = "") =>
            ReadResult.Skipped(Path, line, $"{label}{length:N0} characters, over the limit of {Options.MaxRecordChars:N0} for one record: skipped");
    }

    private static IEnumerable<ReadResult> Read(TextInput input, Context file)
    {
        using (input)
        {
            // The shape is told from the first character, not the first line: a minified array
            // is one line of any length.
            var (c, breaks) = input.SkipSpace();
            var firstLine = breaks + 1;
            if (c < 0)
            {
                // An empty file holds no articles; that is no problem unless it was cut short.
                if (input.EndProblem is { } problem) yield return ReadResult.Skipped(file.Path, firstLine, problem);
                yield break;
            }

            IEnumerable<ReadResult> results;
            if (c == '[')
            {
                input.Read(stackalloc char[1]);
                results = Array(new JsonArraySplitter(input, firstLine, file.Options.MaxRecordChars), file);
            }
            else if (input.ReadLine() is not { } first)
            {
                // The first line broke off: a read error, or over a limit of a .gz file.
                results = [ReadResult.Skipped(file.Path, firstLine, input.EndProblem ?? "unreadable")];
            }
            else
            {
                if (first.Text is null || EndsWithAny(file.Path, LinesExtensions))
                    results = Lines(input, file, [(first, firstLine)], firstLine);
                else if (first.Text.StartsWith('{') && first.Text.TrimEnd().EndsWith('}'))
                    results = OneLineObjectOrLines(input, file, first.Text, firstLine);
                else
                    results = [Document(input, file, first.Text, firstLine)];
            }

            foreach (var result in results) yield return result;
        }
    }

    /// <summary>A .json file whose first line is a whole object: JSON Lines if another line follows, else one article.</summary>
    private static IEnumerable<ReadResult> OneLineObjectOrLines(TextInput input, Context file, string first, int firstLine)
    {
        var (second, secondLine) = NextNonBlankLine(input, firstLine);
        if (second is { } line) return Lines(input, file, [(new TextLine(first, first.Length), firstLine), (line, secondLine)], secondLine);
        if (input.EndProblem is { } problem) return [ReadResult.Skipped(file.Path, secondLine + 1, problem)];
        return [Record(first, file, firstLine, file.FileId, label: "")];
    }

    private static IEnumerable<ReadResult> Lines(TextInput input, Context file, (TextLine Text, int Line)[] alreadyRead, int lineNumber)
    {
        foreach (var (text, line) in alreadyRead)
            yield return Line(text, line, file);
        while (input.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.Text is not null && string.IsNullOrWhiteSpace(text.Text)) continue;
            yield return Line(text, lineNumber, file);
        }
        // A truncated or corrupt archive: the lines before the break were kept; say where it broke.
        if (input.EndProblem is { } problem) yield return ReadResult.Skipped(file.Path, lineNumber + 1, problem);
    }

    private static ReadResult Line(TextLine text, int line, Context file) =>
        text.Text is null ? file.TooLong(line, text.Length, "a line of ") : Record(text.Text, file, line, fileIdFallback: null, label: "");

    private static IEnumerable<ReadResult> Array(JsonArraySplitter splitter, Context file)
    {
        foreach (var element in splitter.Elements())
        {
            yield return element.Text is { } text
                ? Record(text, file, element.Line, fileIdFallback: null, $"element {element.Index}: ")
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
            if (text.Length > file.Options.MaxRecordChars)
                return ReadResult.Skipped(file.Path, firstLine, $"one JSON value over the limit of {file.Options.MaxRecordChars:N0} characters for one record; an article file should be an array or JSON Lines");
        }
        if (input.EndProblem is { } problem) return ReadResult.Skipped(file.Path, null, problem);

        JsonDocument json;
        try
        {
            // Without the white space at the end, an error at the end of the text is on its last
            // line rather than on the empty line after it.
            json = JsonDocument.Parse(LoneSurrogateEscapes.Replace(text.ToString().TrimEnd()));
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

    /// <param name="fileIdFallback">The file's id for the one article of a file, which needs no other; null for one record of many.</param>
    private static ReadResult Record(string text, Context file, int line, string? fileIdFallback, string label)
    {
        // Told without parsing: a parse that fails costs an exception, and a file can hold
        // millions of lines that are no JSON at all.
        if (!text.AsSpan().TrimStart().StartsWith('{') && !text.AsSpan().TrimStart().StartsWith('['))
            return ReadResult.Skipped(file.Path, line, $"{label}not a JSON object");
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
            return ToResult(json.RootElement, file, line, fileIdFallback, label);
        }
    }

    private static ReadResult ToResult(JsonElement json, Context file, int? line, string? fileIdFallback, string label)
    {
        var fields = JsonArticleMapper.Read(json, file.Options.Fields, file.Now);
        if (!fields.HasText) return ReadResult.Skipped(file.Path, line, $"{label}empty text: no title and no body");
        var warnings = fields.Warnings.Select(warning => new ReadProblem(file.Path, line, label + warning)).ToList();
        return ReadResult.Of(fields.ToArticle(fileIdFallback ?? fields.RecordId(file.FileId)), warnings);
    }

    private static (TextLine? Text, int Line) NextNonBlankLine(TextInput input, int lineNumber)
    {
        while (input.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.Text is null || !string.IsNullOrWhiteSpace(text.Text)) return (text, lineNumber);
        }
        return (null, lineNumber);
    }

    private static bool EndsWithAny(string path, string[] extensions) =>
        extensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
}
