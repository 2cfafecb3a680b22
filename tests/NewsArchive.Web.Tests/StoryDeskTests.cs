using System.Net;
using System.Text.Json;
using CsvHelper;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The story page as a reporter's desk, its API and its exports, on five outlets' versions of
/// one report with their bias and topics (<see cref="DeskAppFixture"/>).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StoryDeskTests(DeskAppFixture app) : IClassFixture<DeskAppFixture>
{
    private static readonly IReadOnlyList<string> Ids = DeskAppFixture.Versions.Select(v => v.Id).ToList();

    private async Task<string> StoryIdAsync()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles/desk-1"));
        return json.RootElement.GetProperty("story").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Page_SaysHowManyVersionsAndOutlets_AndTheDaysTheySpan()
    {
        var page = await app.GetPageAsync($"/stories/{await StoryIdAsync()}");

        Assert.Equal(200, page.Status);
        Assert.Equal("5 versions from 5 outlets, 9–11 May 2017", page.Required(".story-summary").TextContent.Trim());
    }

    [Fact]
    public async Task Page_CountsTheVersionsByEachKeywordList_MostFirst_EachValueLeadingToItsSearch()
    {
        var page = await app.GetPageAsync($"/stories/{await StoryIdAsync()}");

        var lists = page.All(".story-facets li").ToDictionary(
            li => li.QuerySelector(".facet-list")!.TextContent.TrimEnd(':'),
            li => li.QuerySelectorAll("a").Select(a => (a.TextContent, Link.Parse(a.GetAttribute("href")!))).ToList());
        Assert.Equal(["bias", "topic"], lists.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["2 left", "2 right", "1 center"], lists["bias"].Select(v => v.TextContent));
        Assert.Equal(["5 politics", "1 elections"], lists["topic"].Select(v => v.TextContent));
        var left = lists["bias"][0].Item2;
        Assert.Equal(("/search", "bias:left"), (left.Path, left["kw"]));
    }

    [Fact]
    public async Task Page_Timeline_ListsTheVersionsOldestFirst_TheFirstToReport_AndHowLongAfterItTheOthersCame()
    {
        var page = await app.GetPageAsync($"/stories/{await StoryIdAsync()}");

        var rows = page.All(".versions-table tbody tr");
        Assert.Equal(Ids.Select(id => "/articles/" + id), rows.Select(r => r.QuerySelector("td.headline a")!.GetAttribute("href")));
        Assert.Equal(DeskAppFixture.Versions.Select(v => v.Source), rows.Select(r => r.QuerySelector("td.outlet")!.TextContent.Trim()));
        Assert.Equal("First to report", rows[0].QuerySelector(".published .badge")!.TextContent);
        Assert.Single(page.All(".versions-table .badge"));
        // Hours where both times are known; days where one is a date alone; nothing for the undated.
        Assert.Equal(["+3 h", "+1 day", "+2 days"], rows.Skip(1).Take(3).Select(r => r.QuerySelector(".published .after")!.TextContent));
        Assert.Null(rows[4].QuerySelector(".published .after"));
        Assert.Contains("Date unknown", rows[4].QuerySelector(".published")!.TextContent);
        Assert.Equal("2017-05-09T08:00:00Z", rows[0].QuerySelector(".published time")!.GetAttribute("datetime"));
        Assert.Equal(["bias center", "topic politics", "topic elections"], rows[1].QuerySelectorAll("td.version-keywords .label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task Page_OffersToCompareAnyVersionWithAnyArticle_AndTheExports()
    {
        var id = await StoryIdAsync();
        var page = await app.GetPageAsync($"/stories/{id}");

        var form = page.Required("form[action='/articles/compare']");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Ids, form.QuerySelectorAll("select[name=a] option").Select(o => o.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("input[name=b]"));
        Assert.Equal([$"/stories/{id}.csv", $"/stories/{id}.jsonl"], page.All(".story .exports a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Api_Story_GivesEachVersionsKeywords_AndTheCountsByValue()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/stories/{await StoryIdAsync()}"));
        var root = json.RootElement;

        var versions = root.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(Ids, versions.Select(v => v.GetProperty("id").GetString()));
        Assert.Equal(DeskAppFixture.Versions.Select(v => v.Bias), versions.Select(v => v.GetProperty("keywords").GetProperty("bias")[0].GetString()));
        Assert.Equal(["politics", "elections"], versions[1].GetProperty("keywords").GetProperty("topic").EnumerateArray().Select(t => t.GetString()));
        var bias = root.GetProperty("facets").GetProperty("bias").EnumerateArray().Select(f => (f.GetProperty("value").GetString(), f.GetProperty("count").GetInt32()));
        Assert.Equal([("left", 2), ("right", 2), ("center", 1)], bias);
    }

    [Fact]
    public async Task Csv_HasTheSearchExportsHeaderRecord_DescribingTheStory_ThenOneRowPerVersion()
    {
        var id = await StoryIdAsync();
        var story = await GetCsvAsync($"/stories/{id}.csv");
        var search = await GetCsvAsync("/search.csv?q=pier");

        Assert.Equal(search.Header.Keys, story.Header.Keys);
        Assert.Equal($"story:{id}", story.Header["query"]);
        Assert.Equal(("5", "5", "1"), (story.Header["total"], story.Header["exported"], story.Header["stories"]));
        Assert.Equal("oldest", story.Header["sort"]);
        Assert.Equal($"http://localhost/stories/{id}", story.Header["search"]);
        Assert.Equal(search.Columns, story.Columns);
        Assert.Equal(Ids, story.Rows.Select(r => r["id"]));
        Assert.Equal(["2017-05-09T08:00:00Z", "2017-05-09T11:00:00Z", "2017-05-10T08:00:00Z", "2017-05-11T00:00:00Z", ""], story.Rows.Select(r => r["date"]));
        Assert.All(story.Rows, row => Assert.Equal((id, "5"), (row["story"], row["story_size"])));
        Assert.Equal("bias:center; topic:politics; topic:elections", story.Rows[1]["keywords"]);
    }

    [Fact]
    public async Task JsonLines_HasTheHeaderLine_ThenOneVersionPerLine_WithItsText()
    {
        var id = await StoryIdAsync();
        var response = await app.GetAsync($"/stories/{id}.jsonl?text=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches($@"^newsarchive-story-{id}-\d{{4}}-\d\d-\d\d\.jsonl$", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var header = lines[0];
        Assert.Equal(("export", $"story:{id}", 5, false), (header.GetProperty("type").GetString(), header.GetProperty("query").GetString(), header.GetProperty("total").GetInt32(), header.GetProperty("truncated").GetBoolean()));
        Assert.True(header.GetProperty("fullText").GetBoolean());
        Assert.Equal(Ids, lines.Skip(1).Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines.Skip(1), l => Assert.Contains("harbour council", l.GetProperty("text").GetString()));
        Assert.Equal("left", lines[1].GetProperty("keywords").GetProperty("bias")[0].GetString());
    }

    [Fact]
    public async Task Export_WithALimit_ListsTheFirstVersions_AndSaysSo()
    {
        var csv = await GetCsvAsync($"/stories/{await StoryIdAsync()}.csv?limit=2");

        Assert.Equal(Ids.Take(2), csv.Rows.Select(r => r["id"]));
        Assert.Contains("limit=2", csv.Header["note"]);
    }

    [Fact]
    public async Task Export_AnswersHead_WithTheHeadersAndNoBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"/stories/{await StoryIdAsync()}.csv");
        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/stories/ffffffffffffffff.csv")]
    [InlineData("/stories/0000000000000000.jsonl")]
    [InlineData("/stories/not-a-story.csv")]
    [InlineData("/stories/%3Cscript%3E.jsonl")]
    public async Task Export_OfAnUnknownOrMalformedStory_IsNotFound(string url)
    {
        var response = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(".xml", "format")]
    [InlineData(".CSVX", "format")]
    [InlineData(".csv?limit=0", "limit")]
    [InlineData(".jsonl?text=maybe", "text")]
    public async Task Export_InAnUnknownFormat_OrWithABadParameter_AnswersProblemDetails(string tail, string parameter)
    {
        var response = await app.GetAsync($"/stories/{await StoryIdAsync()}{tail}");

        await ProblemAssert.BadParameterAsync(response, parameter);
    }

    [Fact]
    public async Task Export_Format_IsToldWhatItMayBe()
    {
        var response = await app.GetAsync($"/stories/{await StoryIdAsync()}.xml");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(".csv or .jsonl", json.RootElement.GetProperty("detail").GetString());
    }

    private sealed record Csv(IReadOnlyDictionary<string, string> Header, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);

    private async Task<Csv> GetCsvAsync(string url)
    {
        var response = await app.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
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
}
