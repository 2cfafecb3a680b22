using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// What machines read of the hostile corpus: JSON that parses and carries each field verbatim
/// (with markup characters escaped), Atom that parses as XML, CSV whose cells cannot run as
/// formulas, and for each the right content type and no sniffing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileOutputTests(HostileAppFixture app) : IClassFixture<HostileAppFixture>
{
    private static readonly string Marker = HostileAppFixture.Marker;

    /// <summary>The hostile object's own fields, as its file states them (HostileCorpus/hostile-object.json).</summary>
    private const string ObjectId = "<script>alert('id')</script>";

    private const string ObjectTitle = "<script>alert('title')</script> \"><img src=x onerror=alert('title')> {{7*7}} @(1+1)";

    private const string ObjectSource = "<svg onload=alert('source')> Outlet";

    [Fact]
    public async Task ApiArticle_CarriesEveryHostileFieldVerbatim()
    {
        var response = await app.GetAsync("/api/articles/" + HostileArticles.PathSegments(ObjectId));

        await AssertTypeAsync(response, "application/json");
        var text = await response.Content.ReadAsStringAsync();
        // Escaped as \u003C…: the JSON is safe even where a careless client writes it into a page.
        Assert.DoesNotContain("<", text);
        using var json = JsonDocument.Parse(text);
        var article = json.RootElement;
        Assert.Equal(ObjectId, article.GetProperty("id").GetString());
        Assert.Equal(ObjectTitle, article.GetProperty("title").GetString());
        Assert.Equal(ObjectSource, article.GetProperty("source").GetString());
        Assert.Equal("</textarea><script>alert('dateline')</script>", article.GetProperty("dateline").GetString());
        Assert.Equal(["<img src=x onerror=alert('author')>", "=HYPERLINK(\"http://evil.example/\",\"author\")"],
            article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["\"><svg onload=alert('value')>", "{{7*7}}"],
            article.GetProperty("keywords").GetProperty("<b onmouseover=alert('list')>list</b>").EnumerateArray().Select(v => v.GetString()));
    }

    /// <summary>Clients make links of "url" as readily as pages do: only an address to follow is given.</summary>
    [Theory]
    [InlineData("<script>alert('id')</script>", null)]
    [InlineData("lines/data-url", null)]
    [InlineData("lines/vbscript-url", null)]
    [InlineData("lines/lone-surrogate", null)]
    [InlineData("lines/tricky-urls", null)]
    [InlineData("hostile-front-matter.md", null)]
    [InlineData("lines/quoted-https-url", "https://ok.example/?q=\"><script>alert('href')</script>&x=<svg onload=alert(1)>")]
    public async Task ApiArticleAndExports_GiveTheOriginalAddressOnlyWhenItIsAWebAddress(string id, string? url)
    {
        using var article = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/" + HostileArticles.PathSegments(id)));
        var lines = (await app.Client.GetStringAsync($"/search.jsonl?q={Marker}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var exported = lines.Skip(1).Select(line => JsonDocument.Parse(line).RootElement).Single(a => a.GetProperty("id").GetString() == id);

        Assert.Equal(url, article.RootElement.GetProperty("url").GetString());
        Assert.Equal(url, exported.GetProperty("url").GetString());
    }

    [Fact]
    public async Task ApiArticle_KeepsInvisibleAndControlCharacters()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/lines/vbscript-url"));

        Assert.Equal("Control \u0001\u0007\u001b[31m characters \u0000 and a nul", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("\u202Eteltuo\u202C \u0007 Outlet", json.RootElement.GetProperty("source").GetString());
        Assert.Contains(json.RootElement.GetProperty("paragraphs").EnumerateArray(), p => p.GetString()!.Contains("Longword" + new string('a', 4992)));
    }

    [Fact]
    public async Task ApiSearchAndStory_CarryHostileTitlesVerbatim()
    {
        var response = await app.GetAsync($"/api/search?q={Marker}&size=100");

        await AssertTypeAsync(response, "application/json");
        using var search = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hits = search.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(HostileAppFixture.ArticleCount, hits.Count);
        var hostile = hits.Single(h => h.GetProperty("id").GetString() == ObjectId);
        Assert.Equal(ObjectTitle, hostile.GetProperty("title").GetString());
        Assert.Contains(search.RootElement.GetProperty("facets").GetProperty("source").EnumerateArray(), f => f.GetProperty("value").GetString() == ObjectSource);

        var story = hostile.GetProperty("story").GetProperty("id").GetString();
        var storyResponse = await app.GetAsync($"/api/stories/{story}");
        await AssertTypeAsync(storyResponse, "application/json");
        using var storyJson = JsonDocument.Parse(await storyResponse.Content.ReadAsStringAsync());
        Assert.Contains(storyJson.RootElement.GetProperty("versions").EnumerateArray(), v => v.GetProperty("title").GetString() == ObjectTitle);
    }

    [Fact]
    public async Task AtomFeed_ParsesAndLinksOnlyWebAddresses()
    {
        var response = await app.GetAsync($"/search.atom?q={Uri.EscapeDataString(Marker + " OR \"><script>alert(1)</script>")}&source=%3Cscript%3E&size=100");

        await AssertTypeAsync(response, "application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains("\"><script>alert(1)</script>", feed.Root!.Element(atom + "title")!.Value);

        var all = XDocument.Parse(await app.Client.GetStringAsync($"/search.atom?q={Marker}&size=100"));
        var entries = all.Descendants(atom + "entry").ToList();
        Assert.Equal(HostileAppFixture.ArticleCount, entries.Count);
        Assert.Contains(entries, e => e.Element(atom + "title")!.Value == ObjectTitle);
        Assert.All(all.Descendants(atom + "link"), link => Assert.False(InertHtml.RunsOrEmbeds(link.Attribute("href")!.Value), link.ToString()));
        // Summaries are HTML in the feed's text: a reader that renders them must get the markup escaped.
        Assert.All(entries, e => Assert.DoesNotContain("<script", e.Element(atom + "summary")?.Value ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CsvExport_EscapesEveryCellThatASpreadsheetWouldRunAsAFormula()
    {
        var response = await app.GetAsync($"/search.csv?q={Marker}&text=1");

        await AssertTypeAsync(response, "text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { CommentPrefix = '#' });
        var cells = new List<string>();
        foreach (var row in reader) cells.AddRange(row.ToDictionary().Values.Select(v => v ?? ""));

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"a cell a spreadsheet would run: {cell}"));
        Assert.Contains("'=HYPERLINK(\"http://evil.example/\",\"Outlet\")", cells);
        Assert.Contains("'+1+1", cells);
        Assert.Contains("'-2+3", cells);
        Assert.Contains(ObjectTitle, cells);
    }

    [Fact]
    public async Task CsvExport_OfAFormulaQuery_KeepsItInACommentLine()
    {
        var response = await app.GetAsync("/search.csv?q=" + Uri.EscapeDataString("=HYPERLINK(\"http://evil.example/\")\r\n=1+1," + Marker));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        var comments = lines.TakeWhile(line => line.StartsWith('#')).ToList();
        Assert.Contains(comments, line => line.Contains("=HYPERLINK"));
        Assert.DoesNotContain(lines, line => line.StartsWith('='));
    }

    [Fact]
    public async Task JsonLinesExport_EveryLineParsesAndCarriesTheFieldsVerbatim()
    {
        var response = await app.GetAsync($"/search.jsonl?q={Marker}&text=1");

        await AssertTypeAsync(response, "application/jsonl");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(HostileAppFixture.ArticleCount + 1, lines.Length);
        var articles = lines.Skip(1).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var hostile = articles.Single(a => a.GetProperty("id").GetString() == ObjectId);
        Assert.Equal(ObjectTitle, hostile.GetProperty("title").GetString());
        Assert.Equal(ObjectSource, hostile.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("<script")]
    [InlineData("\"><img")]
    [InlineData("hostilem")]
    public async Task Suggestions_AreJsonWithTheQueryVerbatim(string typed)
    {
        var response = await app.GetAsync("/suggest?q=" + Uri.EscapeDataString(typed));

        await AssertTypeAsync(response, "application/x-suggestions+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(typed, json.RootElement[0].GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement[1].ValueKind);
    }

    [Fact]
    public async Task OpenSearchDescription_IsXml()
    {
        var response = await app.GetAsync("/opensearch.xml");

        await AssertTypeAsync(response, "application/opensearchdescription+xml");
        var description = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.All(description.Descendants().Attributes("template"), t => Assert.StartsWith("http://localhost/", t.Value));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=hostilemarker")]
    [InlineData("/search/facet/source?q=hostilemarker")]
    [InlineData("/stories/0000000000000000")]
    [InlineData("/articles/hostile-page.html")]
    public async Task Pages_AreHtmlInUtf8WithoutSniffing(string url)
    {
        await AssertTypeAsync(await app.GetAsync(url), "text/html");
    }

    /// <summary>The media type, UTF-8 named, and no sniffing, which could read text as markup.</summary>
    private static async Task AssertTypeAsync(HttpResponseMessage response, string mediaType)
    {
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
            $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
