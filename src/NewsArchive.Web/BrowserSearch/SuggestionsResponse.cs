using System.Text.Json;

namespace NewsArchive.Web.BrowserSearch;

/// <summary>
/// Suggestions in the OpenSearch suggestions format browsers ask for: a JSON array of the query
/// typed, the completions, their descriptions and their addresses (the last two left empty).
/// </summary>
public static class SuggestionsResponse
{
    public const string ContentType = "application/x-suggestions+json";

    public static string Json(string query, IReadOnlyList<string> completions) =>
        JsonSerializer.Serialize(new object[] { query, completions, Array.Empty<string>(), Array.Empty<string>() });
}
