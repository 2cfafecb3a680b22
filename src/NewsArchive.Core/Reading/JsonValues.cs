using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads the shapes a field's value comes in across scrapers: a string, a list of strings, an
/// object with a name (schema.org's <c>{"@type": "Person", "name": …}</c>), or a list of those.
/// Each returns null when the value says nothing, so the next candidate field is tried.
/// </summary>
internal static partial class JsonValues
{
    /// <summary>A non-blank string, trimmed.</summary>
    public static string? Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A string, or an object's <c>name</c>: how outlets and authors are given.</summary>
    public static string? Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) => Text(name),
        _ => null,
    };

    /// <summary>A string or a number; a MongoDB export's <c>{"$oid": …}</c> is the id inside.</summary>
    public static string? Id(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object when value.TryGetProperty("$oid", out var oid) => Text(oid),
        _ => null,
    };

    /// <summary>A text, or a list of paragraph strings, in the paragraph convention of <see cref="Article.Body"/>.</summary>
    public static string? Paragraphs(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join('\n', value.EnumerateArray().Select(Text).OfType<string>()),
            _ => null,
        };
        return text is null ? null : Articles.Paragraphs.Join(Articles.Paragraphs.Split(text)) is { Length: > 0 } body ? body : null;
    }

    /// <summary>People: one string ("By Ann Lee"), a list of strings, or objects with names.</summary>
    public static IReadOnlyList<string>? Names(JsonElement value)
    {
        var names = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(Name).OfType<string>()
            : Name(value) is { } one ? [one] : [];
        var list = names.Select(name => ByPrefix().Replace(name, "")).Where(name => name.Length > 0).Distinct().ToList();
        return list.Count > 0 ? list : null;
    }

    /// <summary>The strings (or named objects) of a list, unless they are all links, which are no keywords.</summary>
    public static IReadOnlyList<string>? KeywordList(JsonElement array)
    {
        var items = array.EnumerateArray().Select(Name).OfType<string>().Distinct().ToList();
        if (items.Count == 0 || items.All(item => LinkLike().IsMatch(item))) return null;
        return items;
    }

    /// <summary>One facet value; tags and keywords given as one string are usually "a, b, c".</summary>
    public static IReadOnlyList<string>? KeywordScalar(string facet, JsonElement value)
    {
        if (Name(value) is not { } text) return null;
        if (facet is not ("tags" or "keywords")) return [text];
        var items = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        return items.Count > 0 ? items : null;
    }

    // "By Ann Lee" is a byline's wording around the name; "by staff" (no capital) is left as written.
    [GeneratedRegex(@"^(?i:by)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkLike();
}
