using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Turns a YAML mapping (front matter, a sidecar) into a JSON object, so that it is mapped to
/// article fields by the same <see cref="JsonArticleMapper"/> as JSON input.
/// </summary>
/// <remarks>
/// <para>
/// YAML from files is bounded before it is built (<see cref="ReadingOptions.MaxYamlDepth"/>,
/// <see cref="ReadingOptions.MaxYamlAliases"/>) and while it is expanded into JSON
/// (<see cref="ReadingOptions.MaxYamlValues"/>): aliases make a few hundred bytes stand for
/// billions of values ("billion laughs"), and deep nesting overflows the stack of the loader.
/// </para>
/// Every scalar becomes a string, whatever it looks like: YAML would read <c>date: 2022-01-10</c>
/// or <c>id: 0012</c> as a date or the number 12, but the mapper wants what was written.
/// </remarks>
internal static class YamlToJson
{
    /// <summary>The error for valid YAML that is a list or a plain text rather than "key: value" lines.</summary>
    public const string NotAMapping = "not a set of \"key: value\" lines";

    /// <summary>
    /// The mapping as a JSON object, or an error that reads after "ignored, " (with its line,
    /// counting from <paramref name="firstLine"/>).
    /// </summary>
    public static (JsonElement? Json, string? Error) Convert(string yaml, ReadingOptions limits, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            if (OverLimits(yaml, limits) is { } over) return (null, $"over the limits of YAML read here ({over})");
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return (null, $"not valid YAML (line {firstLine + ex.Start.Line - 1}: {WithoutPosition(ex.Message)})");
        }
        // An empty block says nothing, which is no error.
        if (stream.Documents.Count == 0) return (JsonSerializer.SerializeToElement(new JsonObject()), null);
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            return (null, NotAMapping);
        var values = limits.MaxYamlValues;
        var json = Node(mapping, limits.MaxYamlDepth, ref values);
        if (values < 0) return (null, $"over the limits of YAML read here (more than {limits.MaxYamlValues:N0} values once its aliases are expanded)");
        return (JsonSerializer.SerializeToElement(json), null);
    }

    /// <summary>Scans the events of the text, which the parser produces without recursion or expansion.</summary>
    private static string? OverLimits(string yaml, ReadingOptions limits)
    {
        var parser = new Parser(new StringReader(yaml));
        int depth = 0, aliases = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > limits.MaxYamlDepth:
                    return $"nested more than {limits.MaxYamlDepth} levels deep";
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias when ++aliases > limits.MaxYamlAliases:
                    return $"more than {limits.MaxYamlAliases} aliases";
            }
        }
        return null;
    }

    /// <summary>
    /// The node as JSON, counting down <paramref name="values"/>; below zero, the conversion
    /// stops. So it does past the depth the text was checked for, which only an alias to a
    /// node that holds it can reach, a loop that would expand without end.
    /// </summary>
    private static JsonNode? Node(YamlNode node, int depth, ref int values)
    {
        if (--values < 0 || depth < 0)
        {
            values = -1;
            return null;
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                return Object(mapping, depth - 1, ref values);
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children)
                {
                    var value = Node(child, depth - 1, ref values);
                    if (values < 0) return null;
                    array.Add(value);
                }
                return array;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : JsonValue.Create(scalar.Value);
            default:
                return null;
        }
    }

    private static JsonObject? Object(YamlMappingNode mapping, int depth, ref int values)
    {
        var json = new JsonObject(new JsonNodeOptions { PropertyNameCaseInsensitive = false });
        foreach (var (key, value) in mapping.Children)
        {
            // A repeated key: the first one counts, as with JSON.
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || json.ContainsKey(name)) continue;
            var converted = Node(value, depth, ref values);
            if (values < 0) return null;
            json[name] = converted;
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
