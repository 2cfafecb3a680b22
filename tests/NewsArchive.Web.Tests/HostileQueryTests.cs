using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NewsArchive.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Every hostile string, as the query and as every other parameter, through every endpoint that
/// reads them: each answers 200 or a 400 that names the parameter, never a failure, and shows
/// the string only as text. Each case collects every endpoint's problems, so one run lists them all.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileQueryTests(ArchiveAppFixture app, ITestOutputHelper output)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Pages that read the query (an article page carries it to mark its words).</summary>
    private static readonly string[] QueryPages = ["/search", "/search/facet/source", "/search/facet/kw/topics", "/articles/reuters-1", "/compare"];

    /// <summary>Machine endpoints that read the query; the exports limited, since only their answering is in question.</summary>
    private static readonly string[] QueryEndpoints = ["/api/search", "/search.atom", "/search.csv?limit=20&", "/search.jsonl?limit=20&", "/suggest", "/api/compare", "/compare.csv", "/compare.json", "/api/terms"];

    /// <summary>The search's other parameters, each sent the hostile string (kw both as a list's value and whole).</summary>
    private static readonly (string Name, Func<string, string> Value)[] OtherParameters =
    [
        ("source", s => s), ("kw", s => "topics:" + s), ("kw", s => s), ("from", s => s), ("to", s => s), ("page", s => s),
        ("size", s => s), ("sort", s => s), ("group", s => s), ("dates", s => s), ("exact", s => s),
    ];

    public static TheoryData<string> Names => new(HostileQueries.All.Keys);

    private readonly List<string> problems = [];
    private readonly List<(string Url, TimeSpan Took)> timings = [];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AsTheQuery_EveryEndpointAnswersAndShowsItAsText(string name)
    {
        var query = HostileQueries.All[name];
        var encoded = Uri.EscapeDataString(query);

        foreach (var page in QueryPages) await CheckPageAsync($"{page}?q={encoded}", "q", page == "/search" ? query : null);
        foreach (var endpoint in QueryEndpoints)
            await CheckMachineAsync(endpoint.Contains('?') ? $"{endpoint}q={encoded}" : $"{endpoint}?q={encoded}", "q", query);

        Report(name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AsEveryOtherParameter_TheSearchAnswersAndShowsItAsText(string name)
    {
        var hostile = HostileQueries.All[name];

        foreach (var (parameter, value) in OtherParameters)
        {
            var pair = $"{parameter}={Uri.EscapeDataString(value(hostile))}";
            await CheckPageAsync($"/search?q=cocoa&{pair}", parameter, null);
            await CheckMachineAsync($"/api/search?q=cocoa&{pair}", parameter, null);
        }
        var encoded = Uri.EscapeDataString(hostile);
        await CheckPageAsync($"/search/facet/kw/topics?q=cocoa&filter={encoded}", "filter", null);
        await CheckPageAsync($"/articles/reuters-1?q=cocoa&r={encoded}&source={encoded}", "r", null);
        await CheckMachineAsync($"/search.csv?q=cocoa&limit={encoded}", "limit", null);
        await CheckMachineAsync($"/search.jsonl?q=cocoa&limit=5&text={encoded}", "text", null);
        await CheckMachineAsync($"/search.atom?q=cocoa&size={encoded}", "size", null);
        // A comparison's own parameters, and a second series.
        foreach (var parameter in new[] { "by", "interval", "measure", "q" })
        {
            var pair = $"{parameter}={encoded}";
            await CheckPageAsync($"/compare?q=cocoa&{pair}", parameter, null);
            await CheckMachineAsync($"/api/compare?q=cocoa&{pair}", parameter, null);
        }
        await CheckMachineAsync($"/compare.csv?q=cocoa&by=source&kw=topics:{encoded}", "kw", null);
        await CheckPageAsync($"/compare?q=cocoa&terms={encoded}", "terms", null);
        await CheckMachineAsync($"/api/terms?q=cocoa&max={encoded}", "max", null);
        await CheckMachineAsync($"/api/terms?q=cocoa&seed={encoded}", "seed", null);

        Report(name);
    }

    /// <summary>200 or 400 naming the parameter; inert; and where the search box shows the query, the query as typed.</summary>
    private async Task CheckPageAsync(string url, string parameter, string? echoed)
    {
        var (response, body) = await GetAsync(url);
        if (!IsAnswered(url, response)) return;
        if (response.Content.Headers.ContentType?.MediaType != "text/html") Problem(url, $"answered {response.Content.Headers.ContentType}");
        var document = Parser.ParseDocument(body);
        foreach (var problem in InertHtml.Problems(document)) Problem(url, problem);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var named = document.QuerySelector("main .message.error strong")?.TextContent.Trim();
            if (named != parameter) Problem(url, $"400 naming \"{named}\", not {parameter}");
        }
        else if (echoed is not null && !string.IsNullOrWhiteSpace(echoed))
        {
            var shown = document.QuerySelector("header.site-header input[name=q]")?.GetAttribute("value");
            if (InertHtml.Visible(shown) != InertHtml.Visible(echoed)) Problem(url, $"the search box shows \"{shown}\"");
        }
    }

    /// <summary>200 with a body that parses as its format says, or 400 problem details naming the parameter.</summary>
    private async Task CheckMachineAsync(string url, string parameter, string? query)
    {
        var (response, body) = await GetAsync(url);
        if (!IsAnswered(url, response)) return;
        var type = response.Content.Headers.ContentType?.MediaType;
        try
        {
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                using var problem = JsonDocument.Parse(body);
                var named = problem.RootElement.GetProperty("parameter").GetString();
                if (type != "application/problem+json" || named != parameter) Problem(url, $"400 as {type} naming \"{named}\", not {parameter}");
                return;
            }
            switch (type)
            {
                case "application/json":
                    JsonDocument.Parse(body).Dispose();
                    break;
                case "application/x-suggestions+json":
                    using (var suggestions = JsonDocument.Parse(body))
                        if (query is not null && suggestions.RootElement[0].GetString() != query) Problem(url, "the suggestions do not repeat the query as typed");
                    break;
                case "application/atom+xml":
                    XDocument.Parse(body);
                    break;
                case "application/jsonl":
                    foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries)) JsonDocument.Parse(line).Dispose();
                    break;
                case "text/csv":
                    break;
                default:
                    Problem(url, $"answered {type}");
                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException or KeyNotFoundException or InvalidOperationException)
        {
            Problem(url, $"answered {type} that does not parse: {ex.Message}");
        }
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var clock = Stopwatch.StartNew();
        var response = await app.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        timings.Add((url, clock.Elapsed));
        return (response, body);
    }

    private bool IsAnswered(string url, HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest)
        {
            if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing) || !sniffing.Contains("nosniff")) Problem(url, "no nosniff");
            return true;
        }
        Problem(url, $"answered {(int)response.StatusCode}");
        return false;
    }

    private void Problem(string url, string what) => problems.Add($"{Shorten(url)}: {what}");

    /// <summary>Fails with every problem found; the slowest answers go to the test's output, for the record.</summary>
    private void Report(string name)
    {
        foreach (var (url, took) in timings.OrderByDescending(t => t.Took).Take(3))
            output.WriteLine($"{took.TotalMilliseconds,8:0} ms  {Shorten(url)}");
        Assert.True(problems.Count == 0, $"The query \"{name}\":\n  {string.Join("\n  ", problems)}");
    }

    private static string Shorten(string url) => url.Length <= 160 ? url : url[..160] + "…";
}
