using System.Net;
using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The JSON API: /api/search and /api/articles/{id}, camelCase, errors as problem+json.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task Api_Search_ReturnsTotalAndHits()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa");
        var root = json.RootElement;

        Assert.Equal(ArchiveAppFixture.CocoaCount, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("pageSize").GetInt32());
        Assert.True(root.GetProperty("milliseconds").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("notice").ValueKind);
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(10, hits.Count);
        Assert.All(hits, hit =>
        {
            Assert.Matches(@"^reuters-\d+$", hit.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty("title").GetString()));
            Assert.Equal("Reuters", hit.GetProperty("source").GetString());
            Assert.Equal(1987, hit.GetProperty("date").GetDateTimeOffset().Year);
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
            Assert.Equal("/articles/" + hit.GetProperty("id").GetString(), hit.GetProperty("url").GetString());
        });
    }

    [Fact]
    public async Task Api_Search_SnippetMarksAreAroundTheQueryWord()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa");

        foreach (var hit in json.RootElement.GetProperty("hits").EnumerateArray())
        {
            var marked = System.Text.RegularExpressions.Regex.Matches(hit.GetProperty("snippet").GetString()!, "<mark>(.*?)</mark>");
            Assert.NotEmpty(marked);
            // Other forms of the word match too (cocoas), and are marked where they matched.
            Assert.All(marked, m => Assert.Matches("^(?i)cocoa(s|&#39;s)?$", m.Groups[1].Value));
        }
    }

    [Fact]
    public async Task Api_Search_SourceFacetCountsSumToTheTotal_WhenAllHitsHaveASource()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa&size=100&page=2");
        var root = json.RootElement;

        var sources = root.GetProperty("facets").GetProperty("source").EnumerateArray().ToList();
        var reuters = Assert.Single(sources);
        Assert.Equal("Reuters", reuters.GetProperty("value").GetString());
        Assert.Equal(root.GetProperty("total").GetInt32(), sources.Sum(s => s.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Api_Search_SourceFacetCountsOnlyArticlesThatHaveASource()
    {
        using var json = await GetJsonAsync("/api/search?q=Tokayev&size=100");
        var root = json.RootElement;

        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(5, root.GetProperty("total").GetInt32());
        Assert.Equal(5, hits.Count);
        var withSource = hits.Where(h => h.GetProperty("source").ValueKind == JsonValueKind.String)
            .GroupBy(h => h.GetProperty("source").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        var facet = root.GetProperty("facets").GetProperty("source").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(withSource, facet);
    }

    [Fact]
    public async Task Api_Search_DateFacetHasMonthBucketsThatAddUpToTheTotal()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa");
        var root = json.RootElement;
        var facets = root.GetProperty("facets");

        var buckets = facets.GetProperty("date").EnumerateArray().ToList();
        Assert.Equal(9, buckets.Count);
        Assert.All(buckets, b => Assert.Matches(@"^\d{4}-\d{2}$", b.GetProperty("bucket").GetString()));
        Assert.Equal("1987-02", buckets[0].GetProperty("bucket").GetString());
        Assert.Equal("1987-10", buckets[^1].GetProperty("bucket").GetString());
        var march = buckets.Single(b => b.GetProperty("bucket").GetString() == "1987-03");
        Assert.Equal(("1987-03-01", "1987-03-31", 53),
            (march.GetProperty("from").GetString(), march.GetProperty("to").GetString(), march.GetProperty("count").GetInt32()));
        Assert.Equal(root.GetProperty("total").GetInt32(),
            buckets.Sum(b => b.GetProperty("count").GetInt32()) + facets.GetProperty("undated").GetInt32());
    }

    [Fact]
    public async Task Api_Search_KeywordFacetsAreListsOfValuesAndCounts()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa");

        var topics = json.RootElement.GetProperty("facets").GetProperty("keywords").GetProperty("topics").EnumerateArray().ToList();
        Assert.InRange(topics.Count, 1, 10);
        Assert.Contains(topics, t => t.GetProperty("value").GetString() == "cocoa" && t.GetProperty("count").GetInt32() == 73);
    }

    [Fact]
    public async Task Api_Search_TakesTheSameFiltersAsThePage()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa&from=1987-03-01&to=1987-03-31&sort=oldest&size=5&page=2");
        var root = json.RootElement;

        Assert.Equal(53, root.GetProperty("total").GetInt32());
        Assert.Equal((2, 5), (root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32()));
        var dates = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetDateTimeOffset()).ToList();
        Assert.Equal(5, dates.Count);
        Assert.Equal(dates.Order(), dates);
        Assert.All(dates, d => Assert.Equal((1987, 3), (d.UtcDateTime.Year, d.UtcDateTime.Month)));
    }

    [Fact]
    public async Task Api_Search_WithBadDate_Returns400ProblemJsonNamingTheParameter()
    {
        var response = await app.GetAsync("/api/search?from=bad");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.Contains("from", root.GetProperty("title").GetString());
        Assert.Contains("from", root.GetProperty("detail").GetString());
        Assert.Contains("bad", root.GetProperty("detail").GetString());
        Assert.Equal("from", root.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Api_Article_ReturnsTheArticleWithParagraphs()
    {
        using var json = await GetJsonAsync("/api/articles/reuters-1");
        var root = json.RootElement;

        Assert.Equal("reuters-1", root.GetProperty("id").GetString());
        Assert.Equal("BAHIA COCOA REVIEW", root.GetProperty("title").GetString());
        Assert.Equal("Reuters", root.GetProperty("source").GetString());
        Assert.Equal(new DateOnly(1987, 2, 26), DateOnly.FromDateTime(root.GetProperty("date").GetDateTimeOffset().UtcDateTime));
        Assert.Equal("SALVADOR, Feb 26", root.GetProperty("dateline").GetString());
        var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.True(paragraphs.Count > 1);
        Assert.StartsWith("Showers continued throughout the week in the Bahia cocoa zone", paragraphs[0]);
        Assert.Contains("cocoa", root.GetProperty("keywords").GetProperty("topics").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("authors").ValueKind);
    }

    [Fact]
    public async Task Api_Article_HasTheRelatedArticlesItsPageLists()
    {
        using var json = await GetJsonAsync("/api/articles/reuters-1");
        var page = await app.GetPageAsync("/articles/reuters-1");

        var related = json.RootElement.GetProperty("related").EnumerateArray().ToList();
        var listed = page.All(".related .versions li > a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.NotEmpty(listed);
        Assert.Equal(listed, related.Select(r => (r.GetProperty("url").GetString(), r.GetProperty("title").GetString()!)));
        var first = related[0];
        Assert.Equal("/api/articles/" + first.GetProperty("id").GetString(), first.GetProperty("apiUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(first.GetProperty("apiUrl").GetString()!)).StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=cocoa&source=TDI", "source", "TDI")]
    [InlineData("/api/search?q=cocoa&source=No+Such+Outlet", "source", "No Such Outlet")]
    public async Task Api_Search_AChosenSourceWithNoMatch_IsListedAtZero(string url, string facet, string value)
    {
        using var json = await GetJsonAsync(url);

        var listed = json.RootElement.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32()));
        Assert.Contains((value, 0), listed);
    }

    [Fact]
    public async Task Api_Search_AChosenKeywordValueWithNoMatch_IsListedAtZero()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa&kw=topics:no-such-topic&kw=colours:blue");

        var keywords = json.RootElement.GetProperty("facets").GetProperty("keywords");
        var topics = keywords.GetProperty("topics").EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32())).ToList();
        Assert.Contains(("no-such-topic", 0), topics);
        Assert.Contains(("blue", 0), keywords.GetProperty("colours").EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task Api_Article_WithSlashInItsId_IsFound()
    {
        using var json = await GetJsonAsync("/api/articles/seeds/000_0991502cd2966729.txt");

        Assert.Equal("seeds/000_0991502cd2966729.txt", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Api_Article_Unknown_Returns404ProblemJson()
    {
        var response = await app.GetAsync("/api/articles/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
        Assert.Contains("nope", json.RootElement.GetProperty("detail").GetString());
    }

    /// <summary>A script calling the API expects JSON back for every answer, errors included, never the HTML error page.</summary>
    [Fact]
    public async Task Api_Article_WithEmptyId_AnswersProblemJsonNotHtml()
    {
        var response = await app.GetAsync("/api/articles/");

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_Search_AMonthOrYear_IsTheWholeMonthOrYear()
    {
        using var month = await GetJsonAsync("/api/search?q=cocoa&from=1987-03&to=1987-03");
        using var days = await GetJsonAsync("/api/search?q=cocoa&from=1987-03-01&to=1987-03-31");
        using var year = await GetJsonAsync("/api/search?q=cocoa&from=1987&to=1987");

        Assert.Equal(days.RootElement.GetProperty("total").GetInt32(), month.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(ArchiveAppFixture.CocoaCount, year.RootElement.GetProperty("total").GetInt32());
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await app.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }
}
