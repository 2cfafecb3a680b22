using System.Text.RegularExpressions;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Reading;

/// <summary>
/// A YAML block between <c>---</c> lines at the top of a Markdown or text file (Jekyll, Hugo,
/// Obsidian and most static-site exports), which states the article's title, date, source, …
/// </summary>
internal static partial class FrontMatter
{
    /// <summary>
    /// Splits off the front matter: its YAML, the file line the YAML starts on, and the text after
    /// it. Null when the text does not open with a <c>---</c> line closed by a later <c>---</c>
    /// or <c>...</c> line.
    /// </summary>
    public static (string Yaml, int YamlLine, string Body)? Split(string text)
    {
        var match = Block().Match(text);
        return match.Success ? (match.Groups["yaml"].Value, 2, text[match.Length..]) : null;
    }

    /// <summary>
    /// Reads a text that may open with front matter: the rest of the text makes the article
    /// (<paramref name="parseBody"/> infers what it can, given the title the front matter states,
    /// if any), then every field the front matter states replaces the inferred one.
    /// </summary>
    /// <remarks>
    /// A block that is valid YAML but no "key: value" lines is no front matter but text between
    /// two rules, and is read as text. A block that is not valid YAML is metadata gone wrong
    /// (most often an unquoted colon in a title): it is left out, and the article is read from
    /// the text after it, with a warning; so is one over the limits of YAML read here.
    /// </remarks>
    public static ReadResult Read(string text, string path, ReadingOptions options, Func<string, string?, Article> parseBody)
    {
        if (Split(text) is not { } split) return Result(parseBody(text, null), path, []);
        var (yaml, yamlLine, body) = split;

        var (json, error) = YamlToJson.Convert(yaml, options, yamlLine);
        if (error == YamlToJson.NotAMapping) return Result(parseBody(text, null), path, []);
        if (json is null)
            return Result(parseBody(body, null), path, [$"front matter ignored, {error}; the text after it is read alone"]);

        var fields = JsonArticleMapper.Read(json.Value, options.Fields, options.Clock.GetUtcNow());
        var article = parseBody(body, fields.Title);
        return Result(fields.OverrideOn(article), path, fields.WarningsOverriding(article).ToList());
    }

    private static ReadResult Result(Article article, string path, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(article.Title) && article.Body.Length == 0)
            return ReadResult.Skipped(path, null, "empty text: no title and no body");
        return ReadResult.Of(article, warnings.Select(w => new ReadProblem(path, null, w)).ToList());
    }

    // The opening line is exactly "---"; the closing one "---" or "..." (YAML's end of document).
    [GeneratedRegex(@"\A---[ \t]*\r?\n(?<yaml>(?:.*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
