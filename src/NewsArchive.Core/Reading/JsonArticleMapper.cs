using System.Globalization;
using System.Text.Json;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>Maps one JSON article object (the corpora's field names) to an <see cref="Article"/>.</summary>
internal static class JsonArticleMapper
{
    private static readonly HashSet<string> ScalarFields =
        new(["id", "title", "body", "source", "date", "dateline", "url", "authors"], StringComparer.OrdinalIgnoreCase);

    public static ReadResult Map(JsonElement json, string fallbackId, string path, int? line)
    {
        var title = Text(json, "title");
        var body = Paragraphs.Join(Paragraphs.Split(Text(json, "body") ?? ""));
        if (string.IsNullOrWhiteSpace(title) && body.Length == 0)
            return ReadResult.Skipped(path, line, "empty text: no title and no body");

        return ReadResult.Of(new Article
        {
            Id = Text(json, "id") is { Length: > 0 } id ? id : fallbackId,
            Title = string.IsNullOrWhiteSpace(title) ? Headline.FromText(body) : title.Trim(),
            Body = body,
            Source = Text(json, "source"),
            Date = ParseDate(Text(json, "date")),
            Dateline = Text(json, "dateline"),
            Url = Text(json, "url"),
            Authors = Strings(json, "authors"),
            Keywords = KeywordLists(json),
        });
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()?.Trim() is { Length: > 0 } text ? text : null
            : null;

    private static IReadOnlyList<string> Strings(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value)) return [];
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } one ? [one.Trim()] : [],
            JsonValueKind.Array => StringItems(value),
            _ => [],
        };
    }

    private static List<string> StringItems(JsonElement array) =>
        array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!.Trim())
            .Where(item => item.Length > 0)
            .Distinct()
            .ToList();

    /// <summary>Every other list of strings (topics, places, …) is a keyword facet under its own name.</summary>
    private static Dictionary<string, IReadOnlyList<string>> KeywordLists(JsonElement json)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (ScalarFields.Contains(property.Name) || property.Value.ValueKind != JsonValueKind.Array) continue;
            var items = StringItems(property.Value);
            if (items.Count > 0) lists[property.Name.ToLowerInvariant()] = items;
        }
        return lists;
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
