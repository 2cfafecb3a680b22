using System.Net;
using System.Text.Json;
using CsvHelper;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>/search.csv and /search.jsonl, read back with a CSV parser and a JSON parser.</summary>
[Collection(WebCollection.Name)]
public sealed class ExportTests(ArchiveAppFixture app)
{
    private const int Cap = 10_000;

    [Fact]
    public async Task Csv_HasTheHeaderRecord_ThenEveryMatchInTheSearchOrder()
    {
        var csv = await GetCsvAsync("/search.csv?q=cocoa");

        Assert.Equal("cocoa", csv.Header["query"]);
        Assert.Equal(ArchiveAppFixture.CocoaCount.ToString(), csv.Header["total"]);
        Assert.Equal(ArchiveAppFixture.CocoaCount.ToString(), csv.Header["exported"]);
        Assert.Equal("relevance", csv.Header["sort"]);
        Assert.True(long.Parse(csv.Header["index version"]) >= 1);
        Assert.Equal(ArchiveAppFixture.ArticleCount.ToString(), csv.Header["index articles"]);
        Assert.True(DateTimeOffset.Parse(csv.Header["exported at"]) > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal("http://localhost/search?q=cocoa", csv.Header["search"]);
        Assert.False(csv.Header.ContainsKey("note"));
        Assert.Equal(["id", "title", "source", "date", "authors", "url", "permalink", "story", "story_size", "indexed", "keywords"], csv.Columns);
        Assert.Equal(ArchiveAppFixture.CocoaCount, csv.Rows.Count);
        Assert.Equal(await SearchIdsAsync("q=cocoa", ArchiveAppFixture.CocoaCount), csv.Rows.Select(r => r["id"]));
        Assert.All(csv.Rows, row =>
        {
            Assert.Equal("Reuters", row["source"]);
            Assert.Equal("http://localhost/articles/" + row["id"], row["permalink"]);
            Assert.StartsWith("1987-", row["date"]);
            Assert.True(DateTimeOffset.TryParse(row["indexed"], out _), row["indexed"]);
        });
    }

    [Fact]
    public async Task Csv_WithText_HasEachArticlesWholeText()
    {
        var csv = await GetCsvAsync("/search.csv?q=Tokayev&text=1&sort=oldest");

        Assert.Equal("text", csv.Columns[^1]);
        Assert.Equal("yes", csv.Header["full text"]);
        var first = csv.Rows[0];
        using var article = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/" + first["id"]));
        var paragraphs = article.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.All(paragraphs, p => Assert.Contains(p!, first["text"]));
        Assert.Contains("\n", first["text"]);
    }

    [Fact]
    public async Task Csv_KeepsTheFilters_AndNamesThemInTheHeader()
    {
        var csv = await GetCsvAsync("/search.csv?q=cocoa&source=Reuters&from=1987-03-01&to=1987-03-31&kw=topics:cocoa&sort=newest");

        Assert.Equal("Reuters", csv.Header["sources"]);
        Assert.Equal("1987-03-01", csv.Header["from"]);
        Assert.Equal("1987-03-31", csv.Header["to"]);
        Assert.Equal("topics:cocoa", csv.Header["keywords"]);
        Assert.Equal("newest", csv.Header["sort"]);
        Assert.Equal(csv.Rows.Count.ToString(), csv.Header["total"]);
        Assert.All(csv.Rows, row =>
        {
            Assert.StartsWith("1987-03-", row["date"]);
            Assert.Contains("topics:cocoa", row["keywords"]);
        });
        var dates = csv.Rows.Select(r => r["date"]).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Csv_DownloadsAsANamedFile()
    {
        var response = await app.GetAsync("/search.csv?q=cocoa%20prices&limit=1");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^newsarchive-cocoa-prices-\d{4}-\d\d-\d\d\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task JsonLines_HasTheHeaderLine_ThenOneArticlePerLine()
    {
        var (header, articles) = await GetJsonLinesAsync("/search.jsonl?q=cocoa&text=1");

        Assert.Equal("export", header.GetProperty("type").GetString());
        Assert.Equal("cocoa", header.GetProperty("query").GetString());
        Assert.Equal(ArchiveAppFixture.CocoaCount, header.GetProperty("total").GetInt32());
        Assert.Equal(ArchiveAppFixture.CocoaCount, header.GetProperty("exported").GetInt32());
        Assert.False(header.GetProperty("truncated").GetBoolean());
        Assert.True(header.GetProperty("indexVersion").GetInt64() >= 1);
        Assert.Equal(ArchiveAppFixture.CocoaCount, articles.Count);
        Assert.Equal(await SearchIdsAsync("q=cocoa", ArchiveAppFixture.CocoaCount), articles.Select(a => a.GetProperty("id").GetString()));
        Assert.All(articles, a =>
        {
            Assert.Equal("article", a.GetProperty("type").GetString());
            Assert.Contains("cocoa", a.GetProperty("title").GetString() + a.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task JsonLines_OnePerStory_ListsOneArticleForEachStory()
    {
        var (header, articles) = await GetJsonLinesAsync("/search.jsonl?q=Kazakhstan&group=story");

        Assert.True(header.GetProperty("onePerStory").GetBoolean());
        Assert.Equal(header.GetProperty("stories").GetInt32(), articles.Count);
        var stories = articles.Select(a => a.GetProperty("story").GetString()).Where(s => s is not null).ToList();
        Assert.Equal(stories.Count, stories.Distinct().Count());
        Assert.True(header.GetProperty("total").GetInt32() > articles.Count);
    }

    [Fact]
    public async Task Export_BeyondTheCap_ListsTheFirstTenThousand_AndSaysSo()
    {
        var (header, articles) = await GetJsonLinesAsync("/search.jsonl");
        var csv = await GetCsvAsync("/search.csv");

        Assert.Equal(ArchiveAppFixture.ArticleCount, header.GetProperty("total").GetInt32());
        Assert.Equal(Cap, header.GetProperty("exported").GetInt32());
        Assert.True(header.GetProperty("truncated").GetBoolean());
        Assert.Contains("10,000", header.GetProperty("note").GetString());
        Assert.Equal(Cap, articles.Count);
        Assert.Equal(Cap, csv.Rows.Count);
        Assert.Contains("at most 10,000", csv.Header["note"]);
    }

    [Theory]
    [InlineData("/search.csv?limit=0", "limit")]
    [InlineData("/search.csv?limit=10001", "limit")]
    [InlineData("/search.jsonl?limit=ten", "limit")]
    [InlineData("/search.jsonl?text=maybe", "text")]
    [InlineData("/search.csv?from=1987-02-30", "from")]
    [InlineData("/search.jsonl?kw=nocolon", "kw")]
    public async Task Export_WithABadParameter_AnswersProblemDetails(string url, string parameter)
    {
        await ProblemAssert.BadParameterAsync(await app.GetAsync(url), parameter);
    }

    [Fact]
    public async Task ResultsPage_OffersTheExports_OfItsSearch()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&page=2");

        var links = page.All(".exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search.csv?q=cocoa&source=Reuters", links);
        Assert.Contains("/search.jsonl?q=cocoa&source=Reuters", links);
    }

    private async Task<IReadOnlyList<string?>> SearchIdsAsync(string query, int count)
    {
        var ids = new List<string?>();
        for (var page = 1; ids.Count < count; page++)
        {
            using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/search?{query}&size=100&page={page}"));
            ids.AddRange(json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        }
        return ids;
    }

    private sealed record Csv(IReadOnlyDictionary<string, string> Header, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);

    private async Task<Csv> GetCsvAsync(string url)
    {
        var response = await app.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        // The header record is the comment lines ("# name: value"), which the CSV reader skips.
        var header = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n").TakeWhile(line => line.StartsWith('#'))
            .Select(line => line[1..].Split(": ", 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { CommentPrefix = '#' });
        var columns = reader.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in reader) rows.Add(row.ToDictionary().ToDictionary(p => p.Key, p => p.Value ?? ""));
        return new Csv(header, columns, rows);
    }

    private async Task<(JsonElement Header, IReadOnlyList<JsonElement> Articles)> GetJsonLinesAsync(string url)
    {
        var response = await app.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        return (parsed[0], parsed[1..]);
    }
}
