using System.Text.Json;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Maps one JSON article object to <see cref="ArticleFields"/>, by the names in
/// <see cref="FieldNames"/> and a <see cref="FieldMap"/>. Front matter and sidecars are
/// converted to JSON and come through here too, so every format names fields alike.
/// </summary>
internal static class JsonArticleMapper
{
    // Long enough to recognise a value in a warning, short enough to keep the warning one line.
    private const int MaxQuotedLength = 60;

    public static ArticleFields Read(JsonElement json, FieldMap map, DateTimeOffset now)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in json.EnumerateObject()) properties.TryAdd(property.Name, property.Value);
        var fields = new ArticleFields
        {
            Id = First(properties, map, ArticleField.Id, JsonValues.Id),
            Title = First(properties, map, ArticleField.Title, JsonValues.Text),
            Body = First(properties, map, ArticleField.Body, JsonValues.Paragraphs),
            Url = First(properties, map, ArticleField.Url, JsonValues.Text),
            Dateline = First(properties, map, ArticleField.Dateline, JsonValues.Text),
            Authors = First(properties, map, ArticleField.Authors, JsonValues.Names),
        };
        ReadSource(properties, map, fields);
        ReadDate(properties, map, fields, now);
        ReadKeywords(properties, map, fields);
        return fields;
    }

    /// <summary>The first value that reads as <typeparamref name="T"/>: the mapped name's, then the known names' in order.</summary>
    private static T? First<T>(Dictionary<string, JsonElement> properties, FieldMap map, ArticleField field, Func<JsonElement, T?> read)
        where T : class =>
        Candidates(properties, map, field, FieldNames.For(field)).Select(read).FirstOrDefault(value => value is not null);

    private static IEnumerable<JsonElement> Candidates(
        Dictionary<string, JsonElement> properties, FieldMap map, ArticleField? field, IReadOnlyList<string> names)
    {
        if (field is { } mapped && map.NameFor(mapped) is { } name && Lookup(properties, name) is { } value) yield return value;
        foreach (var known in names)
            if (properties.TryGetValue(known, out var element)) yield return element;
    }

    /// <summary>A property by name, or by a dotted path into nested objects ("meta.headline").</summary>
    private static JsonElement? Lookup(Dictionary<string, JsonElement> properties, string name)
    {
        if (properties.TryGetValue(name, out var value)) return value;
        var dot = name.IndexOf('.');
        if (dot <= 0 || !properties.TryGetValue(name[..dot], out var parent) || parent.ValueKind != JsonValueKind.Object) return null;
        var nested = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in parent.EnumerateObject()) nested.TryAdd(property.Name, property.Value);
        return Lookup(nested, name[(dot + 1)..]);
    }

    /// <summary>A named outlet is the source and its domain a facet; a domain alone is the source.</summary>
    private static void ReadSource(Dictionary<string, JsonElement> properties, FieldMap map, ArticleFields fields)
    {
        var name = Candidates(properties, map, ArticleField.Source, FieldNames.Source).Select(JsonValues.Name).FirstOrDefault(v => v is not null);
        var site = Candidates(properties, map, null, FieldNames.Site).Select(JsonValues.Text).FirstOrDefault(v => v is not null);
        fields.Source = name ?? site;
        if (name is not null && site is not null) fields.Keywords[FieldNames.SiteFacet] = [site];
    }

    private static void ReadDate(Dictionary<string, JsonElement> properties, FieldMap map, ArticleFields fields, DateTimeOffset now)
    {
        var value = Candidates(properties, map, ArticleField.Date, FieldNames.Date).FirstOrDefault(IsStated);
        if (value.ValueKind == JsonValueKind.Undefined) return;
        var text = value.ValueKind is JsonValueKind.String ? value.GetString()!.Trim() : Shorten(value.GetRawText());
        fields.DateText = text;
        var date = DateFieldParser.Parse(text, now);
        fields.Date = date.Date;
        if (date.Warning is not null) fields.Warnings.Add(date.Warning);
    }

    /// <summary>Null, an empty string or an empty object says nothing; anything else is a date, readable or not.</summary>
    private static bool IsStated(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => true,
    };

    /// <summary>Every other list of strings (topics, places, …) and the few single-valued facet fields, by lowercased name.</summary>
    private static void ReadKeywords(Dictionary<string, JsonElement> properties, FieldMap map, ArticleFields fields)
    {
        var mapped = map.Entries.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in properties)
        {
            if (FieldNames.IsArticleField(name) || mapped.Contains(name)) continue;
            var facet = name.ToLowerInvariant();
            if (fields.Keywords.ContainsKey(facet)) continue;
            var values = value.ValueKind == JsonValueKind.Array
                ? JsonValues.KeywordList(value)
                : FieldNames.KeywordScalars.Contains(facet) ? JsonValues.KeywordScalar(facet, value) : null;
            if (values is { Count: > 0 }) fields.Keywords[facet] = values;
        }
    }

    private static string Shorten(string text) => Headline.Shorten(text, MaxQuotedLength);
}
