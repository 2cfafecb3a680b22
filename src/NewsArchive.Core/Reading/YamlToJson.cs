using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Turns a YAML mapping (front matter, a sidecar) into a JSON object, so that it is mapped to
/// article fields by the same <see cref="JsonArticleMapper"/> as JSON input.
/// </summary>
/// <remarks>
/// Every scalar becomes a string, whatever it looks like: YAML would read <c>date: 2022-01-10</c>
/// or <c>id: 0012</c> as a date or the number 12, but the mapper wants what was written.
/// </remarks>
internal static class YamlToJson
{
    /// <summary>The error for valid YAML that is a list or a plain text rather than "key: value" lines.</summary>
    public const string NotAMapping = "not a set of \"key: value\" lines";

    /// <summary>The mapping as a JSON object, or an error (with its line, counting from <paramref name="firstLine"/>).</summary>
    public static (JsonElement? Json, string? Error) Convert(string yaml, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return (null, $"line {firstLine + ex.Start.Line - 1}: {WithoutPosition(ex.Message)}");
        }
        // An empty block says nothing, which is no error.
        if (stream.Documents.Count == 0) return (JsonSerializer.SerializeToElement(new JsonObject()), null);
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            return (null, NotAMapping);
        return (JsonSerializer.SerializeToElement(Node(mapping)), null);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Object(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Node).ToArray()),
        YamlScalarNode scalar => IsNull(scalar) ? null : JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonObject Object(YamlMappingNode mapping)
    {
        var json = new JsonObject(new JsonNodeOptions { PropertyNameCaseInsensitive = false });
        foreach (var (key, value) in mapping.Children)
        {
            // A repeated key: the first one counts, as with JSON.
            if (key is YamlScalarNode { Value: { Length: > 0 } name } && !json.ContainsKey(name)) json[name] = Node(value);
        }
        return json;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    // YamlDotNet prefixes its messages with "(Line: 1, Col: 11, Idx: 10) - (Line: …): "; the line is given above.
    private static string WithoutPosition(string message)
    {
        var start = message.IndexOf("): ", StringComparison.Ordinal);
        return start >= 0 && message.StartsWith('(') ? message[(start + 3)..] : message;
    }
}
