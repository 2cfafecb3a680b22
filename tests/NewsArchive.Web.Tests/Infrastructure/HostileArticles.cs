using System.Text.Json;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>One hostile article as the API gives it: what every page that shows it must show as text.</summary>
public sealed record HostileArticle(
    string Id,
    string Title,
    string? Source,
    string? Dateline,
    string? Url,
    IReadOnlyList<string> Authors,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords,
    string? StoryId)
{
    /// <summary>The article's page, each segment of the id escaped as the site's links do.</summary>
    public string PagePath => "/articles/" + EscapedId;

    public string ApiPath => "/api/articles/" + EscapedId;

    private string EscapedId => HostileArticles.PathSegments(Id);

    public static HostileArticle From(JsonElement json) => new(
        json.GetProperty("id").GetString()!,
        json.GetProperty("title").GetString()!,
        json.GetProperty("source").GetString(),
        json.GetProperty("dateline").GetString(),
        json.GetProperty("url").GetString(),
        json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList(),
        json.GetProperty("keywords").EnumerateObject().ToDictionary(
            list => list.Name,
            list => (IReadOnlyList<string>)list.Value.EnumerateArray().Select(v => v.GetString()!).ToList()),
        json.GetProperty("story").ValueKind == JsonValueKind.Object ? json.GetProperty("story").GetProperty("id").GetString() : null);
}

public static class HostileArticles
{
    /// <summary>A name with slashes (an id, a keyword list) as the end of a path, as the site's links write it.</summary>
    public static string PathSegments(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Every article of the hostile corpus, read through the API.</summary>
    public static async Task<IReadOnlyList<HostileArticle>> AllAsync(HostileAppFixture app)
    {
        using var search = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/search?q={HostileAppFixture.Marker}&size=100"));
        var articles = new List<HostileArticle>();
        foreach (var hit in search.RootElement.GetProperty("hits").EnumerateArray())
        {
            var path = "/api/articles/" + PathSegments(hit.GetProperty("id").GetString()!);
            using var article = JsonDocument.Parse(await app.Client.GetStringAsync(path));
            articles.Add(HostileArticle.From(article.RootElement));
        }
        Assert.Equal(HostileAppFixture.ArticleCount, articles.Count);
        return articles;
    }
}
