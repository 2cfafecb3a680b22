namespace NewsArchive.Core.Reading;

/// <summary>The article fields an input's own field names can be mapped to.</summary>
public enum ArticleField
{
    Title,
    Body,
    Date,
    Source,
    Url,
    Authors,
    Id,
    Dateline,
}

/// <summary>A <c>--map</c> list that could not be used; <see cref="Errors"/> has one line per bad entry.</summary>
public sealed class FieldMapException(IReadOnlyList<string> errors)
    : FormatException("Bad field map: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Which input field each article field is taken from when the input does not use one of the
/// names the readers know (see <see cref="FieldNames"/>), e.g. <c>body=story_text</c>.
/// </summary>
/// <remarks>
/// A mapped name is looked at first; a record that lacks it still falls back to the known names,
/// so one map serves a corpus whose records are not all alike. Names match case-insensitively;
/// a name with dots (<c>meta.headline</c>) also reaches into nested objects.
/// </remarks>
public sealed class FieldMap
{
    private readonly Dictionary<ArticleField, string> names;

    private FieldMap(Dictionary<ArticleField, string> names) => this.names = names;

    public static FieldMap Empty { get; } = new([]);

    /// <summary>The article fields that can be mapped, as written on the command line.</summary>
    public static IReadOnlyList<string> MappableFields { get; } =
        Enum.GetValues<ArticleField>().Select(Lower).ToList();

    public IReadOnlyDictionary<ArticleField, string> Entries => names;

    public bool IsEmpty => names.Count == 0;

    /// <summary>The input field name mapped to <paramref name="field"/>, or null.</summary>
    public string? NameFor(ArticleField field) => names.GetValueOrDefault(field);

    public FieldMap With(ArticleField field, string inputName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputName);
        return new FieldMap(new Dictionary<ArticleField, string>(names) { [field] = inputName.Trim() });
    }

    /// <summary>Reads <c>field=name</c> entries; throws <see cref="FieldMapException"/> naming every bad one.</summary>
    public static FieldMap Parse(IEnumerable<string> entries) =>
        TryParse(entries, out var map, out var errors) ? map : throw new FieldMapException(errors);

    /// <summary>Reads <c>field=name</c> entries, collecting a message for every bad one rather than stopping at the first.</summary>
    public static bool TryParse(IEnumerable<string> entries, out FieldMap map, out IReadOnlyList<string> errors)
    {
        var parsed = new Dictionary<ArticleField, string>();
        var problems = new List<string>();
        foreach (var entry in entries)
        {
            if (Error(entry, parsed) is { } error) problems.Add($"\"{entry}\": {error}");
        }
        map = problems.Count == 0 ? new FieldMap(parsed) : Empty;
        errors = problems;
        return problems.Count == 0;
    }

    private static string? Error(string entry, Dictionary<ArticleField, string> parsed)
    {
        var equals = entry.IndexOf('=');
        if (equals < 0) return "expected field=name, e.g. body=story_text";
        var fieldText = entry[..equals].Trim();
        var name = entry[(equals + 1)..].Trim();
        if (fieldText.Length == 0) return "no article field before '='";
        if (!TryField(fieldText, out var field))
            return $"unknown article field \"{fieldText}\" (one of {string.Join(", ", MappableFields)})";
        if (name.Length == 0) return $"no input field name after '{fieldText}='";
        if (parsed.TryGetValue(field, out var earlier) && !string.Equals(earlier, name, StringComparison.OrdinalIgnoreCase))
            return $"{Lower(field)} is already mapped to \"{earlier}\"";
        parsed[field] = name;
        return null;
    }

    // Enum.TryParse alone would also take "3" or "Title, Body"; only the plain names are fields.
    private static bool TryField(string text, out ArticleField field)
    {
        foreach (var candidate in Enum.GetValues<ArticleField>())
        {
            if (!string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase)) continue;
            field = candidate;
            return true;
        }
        field = default;
        return false;
    }

    private static string Lower(ArticleField field) => field.ToString().ToLowerInvariant();

    public override string ToString() =>
        string.Join(" ", names.OrderBy(e => e.Key).Select(e => $"{Lower(e.Key)}={e.Value}"));
}
