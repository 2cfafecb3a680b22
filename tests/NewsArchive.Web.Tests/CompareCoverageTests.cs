using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// /compare and its numbers elsewhere (/api/compare, /compare.csv, /compare.json): the chart, the
/// table, the files and the API give the same numbers; every count leads to its articles; the form
/// works without scripts; mistakes answer 400 naming the parameter.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CompareCoverageTests(ArchiveAppFixture app)
{
    private const string TwoSeries = "q=cocoa&q=coffee&exact=1&interval=month&measure=share";

    private sealed record Point(int Count, int Articles, double? Share, bool TooFew, bool Partial);

    /// <summary>Each series' points by period, as the API gives them.</summary>
    private async Task<Dictionary<string, Dictionary<string, Point>>> ApiAsync(string query)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/compare?" + query));
        return json.RootElement.GetProperty("series").EnumerateArray().ToDictionary(
            s => s.GetProperty("label").GetString()!,
            s => s.GetProperty("points").EnumerateArray().ToDictionary(
                p => p.GetProperty("period").GetString()!,
                p => new Point(p.GetProperty("count").GetInt32(), p.GetProperty("articles").GetInt32(),
                    p.GetProperty("share").ValueKind == JsonValueKind.Null ? null : p.GetProperty("share").GetDouble(), p.GetProperty("tooFew").GetBoolean(), p.GetProperty("partial").GetBoolean())));
    }

    private static string Percent(double? share) => share is not { } value ? "–" : value switch
    {
        0 => "0%",
        >= 10 => value.ToString("F0", CultureInfo.InvariantCulture) + "%",
        >= 1 => value.ToString("F1", CultureInfo.InvariantCulture) + "%",
        >= 0.01 => value.ToString("F2", CultureInfo.InvariantCulture) + "%",
        _ => "<0.01%",
    };

    [Fact]
    public async Task Table_Chart_Csv_JsonAndApi_GiveTheSameNumbers()
    {
        var api = await ApiAsync(TwoSeries);
        Assert.Equal(["cocoa", "coffee"], api.Keys);

        // The CSV: one row per series and period.
        var csv = await app.Client.GetByteArrayAsync("/compare.csv?" + TwoSeries);
        using (var rows = CsvReader.Create(csv, CsvReaderOptions.Default with { CommentPrefix = '#' }))
        {
            Assert.Equal(["series", "query", "period", "from", "to", "count", "articles", "share", "too few", "partial"], rows.Headers);
            var read = 0;
            foreach (var row in rows)
            {
                var point = api[row.GetString(0)][row.GetString(2)];
                var share = row.GetString(7);
                Assert.Equal(point, new Point(int.Parse(row.GetString(5), CultureInfo.InvariantCulture), int.Parse(row.GetString(6), CultureInfo.InvariantCulture),
                    share.Length == 0 ? null : double.Parse(share, CultureInfo.InvariantCulture), row.GetString(8) == "yes", row.GetString(9) == "yes"));
                read++;
            }
            Assert.Equal(api.Values.Sum(points => points.Count), read);
        }

        // The JSON file: the API's document.
        using (var file = JsonDocument.Parse(await app.Client.GetStringAsync("/compare.json?" + TwoSeries)))
        using (var answer = JsonDocument.Parse(await app.Client.GetStringAsync("/api/compare?" + TwoSeries)))
            Assert.True(JsonElement.DeepEquals(answer.RootElement.GetProperty("series"), file.RootElement.GetProperty("series")));

        // The table: a row per period with any article, a count and a share per series.
        var page = await app.GetPageAsync("/compare?" + TwoSeries);
        Assert.Equal(200, page.Status);
        Assert.Equal(["cocoa", "coffee"], page.All(".coverage-table thead th[scope=colgroup]").Select(th => th.TextContent.Trim()));
        var tableRows = page.All(".coverage-table tbody tr");
        Assert.Equal(api["cocoa"].Keys.Count(period => api.Values.Any(points => points[period].Articles > 0)), tableRows.Count);
        foreach (var row in tableRows)
        {
            var heading = row.QuerySelector("th")!;
            var period = heading.FirstChild!.TextContent.Trim();
            // A period the archive's first day (26 February 1987) cuts is marked as partly counted.
            Assert.Equal(api["cocoa"][period].Partial, heading.QuerySelector("abbr") is { TextContent: "(part)" });
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            var expected = api.Values.SelectMany(points => new[]
            {
                points[period].Count.ToString("N0", CultureInfo.InvariantCulture),
                Percent(points[period].Share) + (points[period].TooFew && points[period].Articles > 0 ? " (too few)" : ""),
            });
            Assert.Equal(expected, cells);
        }

        // The chart: a marker per share drawn, titled with its value; none for a period with too few articles.
        var markers = page.All(".coverage-chart circle title").Select(t => t.TextContent.Trim()).ToList();
        var drawn = api.SelectMany(series => series.Value.Where(p => !p.Value.TooFew).Select(p => $"{series.Key}, {p.Key}: {Percent(p.Value.Share)}")).ToList();
        Assert.Equal(drawn, markers);
        Assert.Equal(2, page.All(".coverage-chart g[class^=series-]").Count);
        Assert.True(api["cocoa"]["1987-02"].Partial);
    }

    [Fact]
    public async Task EachCountOfTheTable_LeadsToASearchFindingThatMany()
    {
        var page = await app.GetPageAsync("/compare?q=cocoa&exact=1&source=Reuters&interval=month");

        var links = page.All(".coverage-table tbody td a").Take(8).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = Link.Parse(link.GetAttribute("href")!);
            Assert.Equal(("/search", "cocoa", "Reuters", "1"), (target.Path, target["q"], target["source"], target["exact"]));
            var results = await app.GetPageAsync(link.GetAttribute("href")!);
            Assert.Equal(int.Parse(link.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture), results.Total());
        }
    }

    [Fact]
    public async Task SplitByAKeywordList_GivesTheValuesWithTheMostMatches()
    {
        using var search = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=cocoa"));
        var places = search.RootElement.GetProperty("facets").GetProperty("keywords").GetProperty("places").EnumerateArray()
            .Select(v => v.GetProperty("value").GetString()!).Take(6).ToList();

        var api = await ApiAsync("q=cocoa&by=kw:places&interval=year");
        var page = await app.GetPageAsync("/compare?q=cocoa&by=kw:places&interval=year");

        Assert.Equal(places, api.Keys);
        Assert.Equal(places, page.All(".coverage-legend li a").Select(a => a.TextContent.Trim()));
        Assert.Equal("kw:places", page.Required("select[name=by] option[selected]").GetAttribute("value"));
    }

    [Fact]
    public async Task TheForm_IsAPlainGetFormKeepingEveryChoice()
    {
        var page = await app.GetPageAsync("/compare?" + TwoSeries + "&from=1987-03-01&kw=topics:cocoa");

        var form = page.Required("form.coverage-form");
        Assert.Equal(("get", "/compare"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal(["cocoa", "coffee", ""], form.QuerySelectorAll("input[name=q]").Select(i => i.GetAttribute("value")));
        Assert.Equal("month", form.QuerySelector("select[name=interval] option[selected]")!.GetAttribute("value"));
        Assert.Equal("share", form.QuerySelector("input[name=measure][checked]")!.GetAttribute("value"));
        Assert.Equal("1987-03-01", form.QuerySelector("input[name=from]")!.GetAttribute("value"));
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Equal([("kw", "topics:cocoa"), ("exact", "1")], hidden);
        Assert.Contains("none", form.QuerySelectorAll("select[name=by] option").Select(o => o.GetAttribute("value")));
        Assert.Contains("kw:topics", form.QuerySelectorAll("select[name=by] option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task AResultsPage_LeadsToTheComparisonOfItsSearch()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&dates=share&sort=oldest&page=2");

        var link = Link.Parse(page.Required(".coverage-link a").GetAttribute("href")!);

        Assert.Equal(("/compare", "cocoa", "Reuters", "share"), (link.Path, link["q"], link["source"], link["measure"]));
        Assert.Null(link["sort"]);
        Assert.Null(link["page"]);
    }

    [Fact]
    public async Task TheCsv_StartsWithTheHeaderRecord_AndIsNamedForItsQueries()
    {
        using var response = await app.Client.GetAsync("/compare.csv?" + TwoSeries);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^newsarchive-compare-cocoa-coffee-\d{4}-\d\d-\d\d\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var comments = text.TrimStart('\uFEFF').Split("\r\n").TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Equal("# type: compare", comments[0]);
        Assert.Contains("# queries: cocoa; coffee", comments);
        Assert.Contains("# interval: month", comments);
        Assert.Contains("# measure: share", comments);
        Assert.Contains("# exact words: yes", comments);
        Assert.Contains(comments, c => c.StartsWith("# index version: "));
        var address = Link.Parse(comments.Single(c => c.StartsWith("# compare: http"))["# compare: ".Length..]);
        Assert.Equal(["cocoa", "coffee"], address.All("q"));
        Assert.Equal(("/compare", "month", "share", "1"), (address.Path, address["interval"], address["measure"], address["exact"]));
    }

    [Fact]
    public async Task TheCsv_HoldsTheNumbersOnly_WhetherOrNotTheWordsAreAsked()
    {
        static string Rows(string csv) => string.Join("\n", csv.Split("\r\n").Where(l => !l.StartsWith('#') && !l.StartsWith('\uFEFF')));

        var plain = await app.Client.GetStringAsync("/compare.csv?q=cocoa&interval=year");
        var asked = await app.Client.GetStringAsync("/compare.csv?q=cocoa&interval=year&terms=1");

        Assert.Equal(Rows(plain), Rows(asked));
    }

    [Theory]
    [InlineData("interval=fortnight", "interval")]
    [InlineData("measure=percent", "measure")]
    [InlineData("by=kw:nonesuch", "by")]
    [InlineData("by=bias", "by")]
    [InlineData("q=a&q=b&by=source", "by")]
    [InlineData("q=1&q=2&q=3&q=4&q=5&q=6&q=7", "q")]
    [InlineData("from=1987-13-01", "from")]
    public async Task Mistakes_Answer400_NamingTheParameter_OnThePageAndFromTheApi(string query, string parameter)
    {
        var page = await app.GetPageAsync("/compare?" + query);
        using var api = await app.Client.GetAsync("/api/compare?" + query);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());

        Assert.Equal(400, page.Status);
        Assert.Equal(parameter, page.Required("main .message.error strong").TextContent.Trim());
        Assert.NotNull(page.One("form.coverage-form"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task NothingMatching_SaysSo()
    {
        var page = await app.GetPageAsync("/compare?q=zzxqvjw");

        Assert.Equal(200, page.Status);
        Assert.Contains("No dated article matches", page.Required(".coverage .message.empty").TextContent);
        Assert.Null(page.One(".coverage-chart"));
    }

    [Fact]
    public async Task ATooFineInterval_GivesWayWithANotice()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/compare?interval=day"));

        Assert.Equal("month", json.RootElement.GetProperty("header").GetProperty("interval").GetString());
        Assert.StartsWith("By day the chart would have ", json.RootElement.GetProperty("notices")[0].GetString());
    }
}
