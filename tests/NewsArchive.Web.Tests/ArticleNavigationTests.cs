using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Reading from a result list: the article opens at its first match, every match links to the
/// one before and after it (no script needed), and the previous and next results follow the
/// list across its pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ArticleNavigationTests(ArchiveAppFixture app)
{
    private const string CocoaReview = "/articles/reuters-1?q=cocoa";

    [Fact]
    public async Task ArticlePage_WithQuery_NumbersTheMarksInReadingOrder()
    {
        var page = await app.GetPageAsync(CocoaReview);

        var ids = page.All("article.article mark").Select(m => m.Id).ToList();
        Assert.True(ids.Count > 5, $"{ids.Count} marks");
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"m{i}"), ids);
        Assert.Equal("m1", page.Required("article.article h1 mark").Id);
    }

    [Fact]
    public async Task ArticlePage_EachMark_LinksToThePreviousAndTheNextMark()
    {
        var page = await app.GetPageAsync(CocoaReview);

        var marks = page.All("article.article mark");
        for (var i = 0; i < marks.Count; i++)
        {
            var nav = marks[i].NextElementSibling;
            Assert.NotNull(nav);
            Assert.Equal("match-nav", nav.ClassName);
            var previous = nav.QuerySelector("a[aria-label='Previous match']")!;
            var next = nav.QuerySelector("a[aria-label='Next match']")!;
            // The first leads back to the last and the last on to the first, as a browser's find does.
            Assert.Equal("#" + marks[(i + marks.Count - 1) % marks.Count].Id, previous.GetAttribute("href"));
            Assert.Equal("#" + marks[(i + 1) % marks.Count].Id, next.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task ArticlePage_StepLinks_AddNoTextToTheArticle()
    {
        var page = await app.GetPageAsync(CocoaReview);

        Assert.Equal("BAHIA COCOA REVIEW", page.Required("article.article h1").TextContent.Trim());
        Assert.All(page.All(".match-nav a"), a => Assert.Equal("", a.TextContent));
    }

    [Fact]
    public async Task ArticlePage_MatchBar_CountsTheMatchesAndLinksToTheFirst()
    {
        var page = await app.GetPageAsync(CocoaReview);

        var count = page.All("article.article mark").Count;
        Assert.StartsWith($"{count} matches for", page.Required(".match-bar .match-count").TextContent.Trim());
        var first = page.Required(".match-bar a.match-first");
        Assert.Equal("#m1", first.GetAttribute("href"));
        Assert.Equal("First match", first.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task ArticlePage_WithManyMatches_LoadsTheKeyScript()
    {
        var page = await app.GetPageAsync(CocoaReview);

        Assert.Contains(page.All("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/article.js?v="));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.GetAsync("/js/article.js")).StatusCode);
    }

    [Fact]
    public async Task ArticlePage_WithoutQuery_HasNoMarksNoStepLinksAndNoKeyScript()
    {
        var page = await app.GetPageAsync("/articles/reuters-1");

        Assert.Empty(page.All("mark, .match-nav, .match-bar"));
        Assert.DoesNotContain(page.All("script[src]"), s => s.GetAttribute("src")!.Contains("article.js"));
    }

    [Fact]
    public async Task SearchPage_HitLinks_OpenTheArticleAtTheFirstMatch()
    {
        var page = await app.GetPageAsync("/search?q=cocoa");

        var hrefs = page.All("ol.hits li.hit h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(10, hrefs.Count);
        Assert.All(hrefs, href => Assert.EndsWith("#m1", href));
    }

    [Fact]
    public async Task SearchPage_WhenBrowsing_HitLinksHaveNoFragment()
    {
        var page = await app.GetPageAsync("/search?source=Reuters");

        Assert.All(page.All("ol.hits li.hit h2 a"), a => Assert.DoesNotContain("#", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task SearchPage_HitLinks_CarryTheirRankInTheResults()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&page=2");

        var ranks = page.All("ol.hits li.hit h2 a").Select(a => Link.Parse(a.GetAttribute("href")!)["rank"]).ToList();
        Assert.Equal(Enumerable.Range(11, 10).Select(r => r.ToString()), ranks);
    }

    [Fact]
    public async Task NextResult_FromTheLastHitOfPage1_IsTheFirstHitOfPage2()
    {
        var page1 = await ResultLinks("/search?q=cocoa");
        var page2 = await ResultLinks("/search?q=cocoa&page=2");

        var tenth = await app.GetPageAsync(page1[9]);

        var next = ResultLink(tenth, "next");
        Assert.Equal(Link.Parse(page2[0]).Path, next.Path);
        Assert.Equal(("cocoa", "11", "2"), (next["q"], next["rank"], next["page"]));
        var previous = ResultLink(tenth, "prev");
        Assert.Equal(Link.Parse(page1[8]).Path, previous.Path);
        Assert.Equal(("9", null), (previous["rank"], previous["page"]));

        var eleventh = await app.GetPageAsync(ResultHref(tenth, "next"));
        Assert.Equal(Link.Parse(page1[9]).Path, ResultLink(eleventh, "prev").Path);
        Assert.Equal(Link.Parse(page2[1]).Path, ResultLink(eleventh, "next").Path);
        var back = Link.Parse(eleventh.Required("nav.back a").GetAttribute("href")!);
        Assert.Equal(("/search", "cocoa", "2"), (back.Path, back["q"], back["page"]));
    }

    [Fact]
    public async Task ResultLinks_KeepTheSearchsFiltersSortAndPageSize()
    {
        var hits = await ResultLinks("/search?q=cocoa&source=Reuters&sort=oldest&size=5&page=2");

        var page = await app.GetPageAsync(hits[4]);

        var next = ResultLink(page, "next");
        Assert.Equal(("cocoa", "Reuters", "oldest", "5", "3", "11"), (next["q"], next["source"], next["sort"], next["size"], next["page"], next["rank"]));
        Assert.Equal(Link.Parse((await ResultLinks("/search?q=cocoa&source=Reuters&sort=oldest&size=5&page=3"))[0]).Path, next.Path);
    }

    [Fact]
    public async Task TheFirstResult_HasNoPreviousResult_AndTheLastNoNext()
    {
        var hits = await ResultLinks("/search?q=Tokayev");
        Assert.Equal(5, hits.Count);

        var first = await app.GetPageAsync(hits[0]);
        var last = await app.GetPageAsync(hits[^1]);

        Assert.Null(first.One(".result-nav a[rel=prev]"));
        Assert.Equal(Link.Parse(hits[1]).Path, ResultLink(first, "next").Path);
        Assert.Null(last.One(".result-nav a[rel=next]"));
        Assert.Equal(Link.Parse(hits[^2]).Path, ResultLink(last, "prev").Path);
    }

    [Fact]
    public async Task ResultLinks_AreOfferedAboveAndBelowTheArticle()
    {
        var hits = await ResultLinks("/search?q=cocoa");

        var page = await app.GetPageAsync(hits[4]);

        var navs = page.All("nav.result-nav");
        Assert.Equal(2, navs.Count);
        Assert.Equal(2, navs.Select(n => n.GetAttribute("aria-label")).Distinct().Count());
        Assert.All(navs, nav => Assert.Equal(["← Previous result", "Next result →"], nav.QuerySelectorAll("a").Select(a => a.TextContent.Trim())));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("10001")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    [InlineData("3")]
    public async Task ArticlePage_WithABadOrWrongRank_IgnoresIt(string rank)
    {
        var hits = await ResultLinks("/search?q=cocoa");
        var firstHit = Link.Parse(hits[0]).Path;

        var page = await app.GetPageAsync($"{firstHit}?q=cocoa&rank={Uri.EscapeDataString(rank)}");

        Assert.Equal(200, page.Status);
        Assert.Empty(page.All(".result-nav"));
        Assert.Equal("/search?q=cocoa", page.Required("nav.back a").GetAttribute("href"));
        Assert.NotEmpty(page.All("article.article mark"));
    }

    private async Task<List<string>> ResultLinks(string url) =>
        (await app.GetPageAsync(url)).All("ol.hits li.hit h2 a").Select(a => a.GetAttribute("href")!).ToList();

    private static string ResultHref(Page page, string rel) =>
        page.Required($".result-nav a[rel={rel}]").GetAttribute("href")!;

    private static Link ResultLink(Page page, string rel) => Link.Parse(ResultHref(page, rel));
}
