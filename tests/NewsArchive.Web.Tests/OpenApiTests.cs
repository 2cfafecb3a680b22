using System.Net;
using System.Text.Json;
using Microsoft.OpenApi;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The OpenAPI description: valid to the OpenAPI library's reader and rules, complete, and true to what the API answers.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiTests(ArchiveAppFixture app)
{
    private static readonly string[] Endpoints =
        ["/api/search", "/api/articles/{id}", "/api/articles/compare", "/api/stories/{id}", "/healthz", "/api/compare", "/api/terms", "/search.atom", "/search.csv", "/search.jsonl", "/compare.csv", "/compare.json", "/stories/{id}.{format}", "/suggest"];

    [Fact]
    public async Task Description_IsValidOpenApi()
    {
        var (document, _) = await ReadAsync();

        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal("NewsArchive API", document.Info.Title);
    }

    [Fact]
    public async Task Description_HasEveryEndpoint_WithASummaryAndDocumentedParameters()
    {
        var (document, _) = await ReadAsync();

        foreach (var path in Endpoints)
        {
            Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is not described");
            var operation = item!.Operations![HttpMethod.Get];
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{path} has no summary");
            Assert.All(operation.Parameters ?? [], p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{path}: {p.Name} is not described"));
        }
        var search = document.Paths["/api/search"].Operations![HttpMethod.Get];
        Assert.Equal(["q", "source", "from", "to", "kw", "exact", "sort", "seed", "group", "astyped", "page", "size"], search.Parameters!.Select(p => p.Name));
        Assert.Contains("400", search.Responses!.Keys);
        Assert.Equal("application/problem+json", Assert.Single(search.Responses["400"].Content!.Keys));
        var compare = document.Paths["/api/articles/compare"].Operations![HttpMethod.Get];
        Assert.Equal(["a", "b"], compare.Parameters!.Select(p => p.Name));
        Assert.Equal(["200", "400", "404"], compare.Responses!.Keys.Order());
    }

    [Fact]
    public async Task ComparisonSchema_NamesExactlyTheFieldsTheApiAnswers()
    {
        var (_, json) = await ReadAsync();
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        using var answer = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/articles/compare?a={Uri.EscapeDataString(ArchiveAppFixture.SeedIds[0])}&b={Uri.EscapeDataString(ArchiveAppFixture.SeedIds[2])}"));

        AssertSameFields(schemas, "ArticleComparisonResponse", answer.RootElement);
        AssertSameFields(schemas, "ComparedArticleResponse", answer.RootElement.GetProperty("left"));
        AssertSameFields(schemas, "ComparedSentenceResponse", answer.RootElement.GetProperty("left").GetProperty("paragraphs")[0][0]);
        AssertSameFields(schemas, "NameSpellingResponse", answer.RootElement.GetProperty("names")[0][0]);
    }

    [Fact]
    public async Task SearchResponseSchema_NamesExactlyTheFieldsTheApiAnswers()
    {
        var (_, json) = await ReadAsync();
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        using var answer = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=Tokayev"));

        AssertSameFields(schemas, "SearchResponse", answer.RootElement);
        AssertSameFields(schemas, "HitResponse", answer.RootElement.GetProperty("hits")[0]);
        AssertSameFields(schemas, "StoryRef", answer.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("story").ValueKind == JsonValueKind.Object).GetProperty("story"));
        AssertSameFields(schemas, "FacetsResponse", answer.RootElement.GetProperty("facets"));
        // Every field is described, for the API page and for client generators.
        foreach (var schema in new[] { "SearchResponse", "HitResponse", "ArticleResponse", "StoryResponse", "FacetsResponse", "DateCount", "ArticleComparisonResponse", "ComparedArticleResponse", "ComparedSentenceResponse", "NameSpellingResponse" })
            foreach (var property in schemas.GetProperty(schema).GetProperty("properties").EnumerateObject())
                Assert.True(Described(property.Value), $"{schema}.{property.Name} has no description");
    }

    [Fact]
    public async Task Description_IsReadableFromOtherSites()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static void AssertSameFields(JsonElement schemas, string schema, JsonElement answer)
    {
        var described = schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
        var answered = answer.EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(described, answered);
    }

    // A property that refers to another schema carries its description beside the reference.
    private static bool Described(JsonElement property) =>
        property.TryGetProperty("description", out _)
        || property.TryGetProperty("oneOf", out var choices) && choices.EnumerateArray().Any(c => c.TryGetProperty("description", out _))
        || property.TryGetProperty("$ref", out _);

    private async Task<(OpenApiDocument Document, JsonDocument Json)> ReadAsync()
    {
        var response = await app.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var read = OpenApiDocument.Parse(text, "json");
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0,
            string.Join("\n", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        return (read.Document!, JsonDocument.Parse(text));
    }
}
