using System.Text.Json;

namespace NewsArchive.Core.Reading;

/// <summary>A loaded sidecar, applied to every article read from its file.</summary>
internal sealed class Sidecar
{
    /// <summary>Sidecars are a few lines written by hand; anything bigger is not one.</summary>
    public const long MaxBytes = 1024 * 1024;

    private readonly string path;
    private readonly ArticleFields? fields;
    private readonly string? problem;

    private Sidecar(string path, ArticleFields? fields, string? problem)
    {
        this.path = path;
        this.fields = fields;
        this.problem = problem;
    }

    /// <summary>
    /// Reads the sidecar in the readers' own field names (a <see cref="FieldMap"/> is for the
    /// corpus's names, not for files written for this archive). Never throws: a sidecar that
    /// cannot be used is ignored with a warning.
    /// </summary>
    public static Sidecar Load(string path, ReadingOptions options)
    {
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) return new(path, null, $"sidecar ignored: over {MaxBytes / 1024} KB");
            text = TextDecoder.Decode(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(path, null, $"sidecar ignored: unreadable: {ex.Message}");
        }

        var (json, error) = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(text) : YamlToJson.Convert(text, options);
        if (json is null) return new(path, null, $"sidecar ignored: {error}");
        return new(path, JsonArticleMapper.Read(json.Value, FieldMap.Empty, options.Clock.GetUtcNow()), null);
    }

    private static (JsonElement? Json, string? Error) ParseJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(LoneSurrogateEscapes.Replace(text));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (null, "not a JSON object of field names and values");
        }
        catch (JsonException ex)
        {
            return (null, $"malformed JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Every article with the sidecar's fields in place of its own. The reader's warnings about a
    /// date the sidecar replaces are dropped, being no longer true. A sidecar that could not be
    /// used is said once, with the first article (or on its own when the file gave none).
    /// </summary>
    public IEnumerable<ReadResult> Apply(IEnumerable<ReadResult> results)
    {
        var told = false;
        foreach (var result in results)
        {
            if (result.Article is not { } article)
            {
                yield return result;
                continue;
            }
            var warnings = new List<ReadProblem>();
            if (fields is null)
            {
                warnings.AddRange(result.Warnings);
                if (!told) warnings.Add(new ReadProblem(path, null, problem!));
                told = true;
                yield return ReadResult.Of(article, warnings);
                continue;
            }
            warnings.AddRange(fields.Date is null ? result.Warnings : result.Warnings.Where(w => !DateFieldParser.IsDateWarning(w.Reason)));
            warnings.AddRange(fields.WarningsOverriding(article).Select(w => new ReadProblem(path, null, w)));
            if (fields.Id is not null && !told)
                warnings.Add(new ReadProblem(path, null, "id ignored: a sidecar's fields apply to every article of its file, and ids must differ"));
            told = true;
            yield return ReadResult.Of(fields.OverrideOn(article, withId: false), warnings);
        }
        if (!told && problem is not null) yield return ReadResult.Skipped(path, null, problem);
    }
}
