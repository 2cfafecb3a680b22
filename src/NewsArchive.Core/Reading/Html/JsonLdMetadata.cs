using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// The article's schema.org description in the page's JSON-LD scripts: one object, an array of
/// them, or an "@graph" (as Yoast and most CMSs write it) whose nodes refer to each other by
/// "@id", so an author or publisher may be a reference to a Person or Organization node.
/// </summary>
internal sealed class JsonLdMetadata
{
    public static readonly JsonLdMetadata None = new(null, null, []);

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private JsonLdMetadata(string? datePublished, string? publisherName, IReadOnlyList<string> authors)
    {
        DatePublished = datePublished;
        PublisherName = publisherName;
        Authors = authors;
    }

    /// <summary>datePublished as written (not yet parsed).</summary>
    public string? DatePublished { get; }

    public string? PublisherName { get; }

    /// <summary>Author names as written, in order; an author given as a list in one string is not yet split.</summary>
    public IReadOnlyList<string> Authors { get; }

    public static JsonLdMetadata From(IDocument document)
    {
        var nodes = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            if (Parse(script.TextContent) is { } root) Collect(root, nodes, depth: 0);
        }

        var article = nodes.FirstOrDefault(IsArticle);
        if (article.ValueKind != JsonValueKind.Object) return None;

        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (String(node, "@id") is { } id) byId.TryAdd(id, node);
        }
        return new JsonLdMetadata(
            String(article, "datePublished"),
            Names(article, "publisher", byId).FirstOrDefault(),
            Names(article, "author", byId).ToList());
    }

    /// <summary>A script that is not valid JSON is ignored: the rest of the page still describes the article.</summary>
    private static JsonElement? Parse(string text)
    {
        // Old templates wrap scripts in HTML comments or CDATA sections to hide them from ancient browsers.
        var json = text.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>") })
        {
            if (json.StartsWith(open, StringComparison.Ordinal) && json.EndsWith(close, StringComparison.Ordinal))
                json = json[open.Length..^close.Length].Trim();
        }
        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every node object, flattening arrays, "@graph" and a WebPage's "mainEntity".</summary>
    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8) return; // real descriptions nest two or three levels; this stops pathological input
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, nodes, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        nodes.Add(element);
        foreach (var container in new[] { "@graph", "mainEntity" })
        {
            if (element.TryGetProperty(container, out var inner)) Collect(inner, nodes, depth + 1);
        }
    }

    /// <summary>NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting… with or without a schema.org prefix.</summary>
    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray(),
            _ => Array.Empty<string>(),
        };
        return types.Select(t => t[(t.LastIndexOfAny(['/', ':', '#']) + 1)..])
            .Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t.EndsWith("BlogPosting", StringComparison.Ordinal));
    }

    /// <summary>The names of a person or organization property: a string, an object, an @id reference, or a list of them.</summary>
    private static IEnumerable<string> Names(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value)) return [];
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items.Select(item => Name(item, byId)).OfType<string>();
    }

    private static string? Name(JsonElement item, Dictionary<string, JsonElement> byId)
    {
        if (item.ValueKind == JsonValueKind.String) return HtmlText.Normalise(item.GetString());
        if (item.ValueKind != JsonValueKind.Object) return null;
        if (String(item, "name") is { } name) return name;
        // A reference only: {"@id": "…#/schema/person/1"}. Followed once; the node it names holds the name itself.
        return String(item, "@id") is { } id && byId.TryGetValue(id, out var target) ? String(target, "name") : null;
    }

    private static string? String(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? HtmlText.Normalise(value.GetString())
            : null;
}
