using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Core.Search;
using NewsArchive.Web.Tests.Infrastructure;
using Serilog.Events;
using Xunit.Abstractions;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Searches and pages whose work would grow with an article's size stay within their bounds on
/// articles of 10 MB of distinct words that all match word1*: before the bounds, a search for
/// word1* never answered (its snippet's passage choice was quadratic in the matches) and kept a
/// core busy long after its client left.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HugeArticleSearchTests(HugeArticleAppFixture app, ITestOutputHelper output) : IClassFixture<HugeArticleAppFixture>
{
    private const string Query = HugeArticleAppFixture.Prefix + "*";

    [Theory]
    [InlineData("/search?q=" + Query)]
    [InlineData("/api/search?q=" + Query)]
    [InlineData("/search?q=" + Query + "&size=100")]
    [InlineData("/api/terms?q=" + Query)]
    [InlineData("/compare?q=" + Query + "&q=" + HugeArticleAppFixture.Prefix + "small&terms=1")]
    public async Task PrefixOfEveryWordOfHugeArticles_AnswersWithinSeconds(string url)
    {
        using var client = app.Factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{url}: {(int)response.StatusCode} in {clock.ElapsedMilliseconds} ms, {body.Length:N0} characters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(body.Length, 1, 1_000_000);
    }

    [Fact]
    public async Task SearchPastItsTimeBudget_AnswersWithWhatItHas_AndSaysSoOnPageAndApi()
    {
        await using var spent = app.Factory.WithWebHostBuilder(builder => builder.UseSetting("NewsArchive:Search:TimeBudget", "00:00:00"));
        using var client = spent.CreateClient();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Query);
        var page = await client.GetStringAsync("/search?q=" + Query);

        Assert.Equal(SearchResults.StoppedCounting, api.GetProperty("stopped").GetString());
        Assert.Contains("took too long and was stopped", page);
        Assert.Equal(JsonValueKind.Null, (await app.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + HugeArticleAppFixture.Prefix + "small")).GetProperty("stopped").ValueKind);
    }

    [Fact]
    public async Task SearchLeftByItsClient_StopsAndIsNotAnErrorInTheLog()
    {
        var logs = new CapturedLogs();
        // The client leaves once the server has the request, and the server searches only then:
        // leaving after a fixed time either came before the server had begun (a busy CI machine) or
        // after a quick search had ended.
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = logs.Into(app.Factory, services => services.AddSingleton<IStartupFilter>(new OnEachRequest(begun)));
        using var client = factory.CreateClient();
        using var leaving = new CancellationTokenSource();

        var request = client.GetAsync("/search?q=" + Query + "&size=100", leaving.Token);
        await begun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await leaving.CancelAsync();
        var left = DateTimeOffset.Now;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        Assert.True(await Eventually.AskAsync(() => Task.FromResult(logs.Any(LogEventLevel.Information, "went away")), found => found, TimeSpan.FromSeconds(10)));
        var stopped = logs.Events.First(e => e.RenderMessage().Contains("went away", StringComparison.Ordinal)).Timestamp - left;
        output.WriteLine($"The search stopped {stopped.TotalMilliseconds:F0} ms after its client left");
        // Before, it went on for minutes (6.5 on the attacker's machine).
        Assert.InRange(stopped, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(2));
        Assert.Empty(logs.Errors);
        Assert.DoesNotContain(logs.Events, e => e.RenderMessage().Contains("/error/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HugeArticlePage_ShowsOnePartWithLinksToTheRest_MatchesNumberedWithinIt()
    {
        var path = await HugeArticlePathAsync();

        var clock = Stopwatch.StartNew();
        var first = await app.GetPageAsync($"{path}?q={Query}");
        output.WriteLine($"part 1: {clock.ElapsedMilliseconds} ms, {first.Html.Length:N0} characters");
        var parts = first.Required(".article-parts .article-part").TextContent;
        var count = int.Parse(parts.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var next = first.Required(".article-parts a").GetAttribute("href")!;
        var second = await app.GetPageAsync(next);

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.InRange(first.Html.Length, 100_000, 3_000_000);
        Assert.InRange(count, 90, 110);
        Assert.Contains("part=2", next);
        Assert.Contains("q=" + HugeArticleAppFixture.Prefix, next);
        Assert.Equal($"Part 2 of {count}", second.Required(".article-parts .article-part").TextContent);
        // Each part's matches are numbered from 1 (the title's first), and its last leads back to its first.
        var marks = second.All("mark[id]").Select(m => m.Id).ToList();
        Assert.Equal(Enumerable.Range(1, marks.Count).Select(n => "m" + n), marks);
        Assert.InRange(marks.Count, 1000, 20_000);
        Assert.Contains($"{marks.Count:N0} matches in this part", second.Html);
        Assert.Equal("#m1", second.All("a.match-next").Last().GetAttribute("href"));
    }

    [Fact]
    public async Task HugeArticleApi_GivesTheWholeArticle_UnmarkedAndUnparted()
    {
        var path = await HugeArticlePathAsync();

        var clock = Stopwatch.StartNew();
        var article = await app.Client.GetFromJsonAsync<JsonElement>("/api" + path);
        output.WriteLine($"/api{path}: {clock.ElapsedMilliseconds} ms");

        var text = string.Concat(article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.InRange(text.Length, HugeArticleAppFixture.HugeLength * 9 / 10, HugeArticleAppFixture.HugeLength);
    }

    [Theory]
    [InlineData("part=0", HttpStatusCode.BadRequest)]
    [InlineData("part=two", HttpStatusCode.BadRequest)]
    [InlineData("part=-1", HttpStatusCode.BadRequest)]
    [InlineData("part=1000", HttpStatusCode.NotFound)]
    [InlineData("part=99999999999", HttpStatusCode.BadRequest)]
    public async Task ArticlePart_PastTheLastOrNotANumber_IsRefused(string part, HttpStatusCode status)
    {
        var path = await HugeArticlePathAsync();

        Assert.Equal(status, (await app.GetAsync($"{path}?{part}")).StatusCode);
    }

    [Fact]
    public async Task ShortArticlePage_HasNoParts()
    {
        var api = await app.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + HugeArticleAppFixture.Prefix + "small");
        var page = await app.GetPageAsync(api.GetProperty("hits")[0].GetProperty("url").GetString()!);

        Assert.Null(page.One(".article-parts"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(api.GetProperty("hits")[0].GetProperty("url").GetString()! + "?part=2")).StatusCode);
    }

    private async Task<string> HugeArticlePathAsync()
    {
        var api = await app.Client.GetFromJsonAsync<JsonElement>("/api/search?q=huge+report");
        return api.GetProperty("hits")[0].GetProperty("url").GetString()!;
    }

    /// <summary>Signals when a request reaches the app, before anything else handles it.</summary>
    private sealed class OnEachRequest(TaskCompletionSource begun) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                begun.TrySetResult();
                // The search begins once its client has left: on a warm machine it could end before
                // the client's leaving reached the server, and the test would see an answer, not a stop.
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
                await rest(context);
            });
            next(app);
        };
    }
}
