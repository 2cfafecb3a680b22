using System.Net;
using NewsArchive.Web.Tests.Infrastructure;
using static NewsArchive.Web.Tests.Infrastructure.InertHtml;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Every page that shows the hostile corpus (script tags, event attributes, dangerous addresses
/// and invisible characters in every field, from every format) is inert, and shows each field
/// as the text the API gives for it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostilePageTests(HostileAppFixture app) : IClassFixture<HostileAppFixture>
{
    private static readonly string Marker = HostileAppFixture.Marker;

    [Fact]
    public async Task Corpus_IsHostileInEveryField()
    {
        var articles = await HostileArticles.AllAsync(app);

        // Guards the corpus itself: were the readers to drop the markup, the other tests would prove nothing.
        Assert.Contains(articles, a => a.Title.Contains("<script>alert('title')</script>"));
        Assert.Contains(articles, a => a.Id.Contains("<script>"));
        Assert.Contains(articles, a => a.Source?.Contains("<svg onload=") == true);
        Assert.Contains(articles, a => a.Dateline?.Contains("</textarea><script>") == true);
        Assert.Contains(articles, a => a.Authors.Any(name => name.Contains("onerror=")));
        Assert.Contains(articles, a => a.Keywords.Keys.Any(list => list.Contains("onmouseover=")));
        Assert.Contains(articles, a => a.Keywords.Values.Any(values => values.Any(v => v.Contains("<script>"))));
        // The API gives no address that is not http or https, so these are checked in the files.
        var files = string.Join('\n', Directory.EnumerateFiles(HostileAppFixture.Corpus).Select(File.ReadAllText));
        Assert.Contains("\"url\": \"javascript:", files);
        Assert.Contains("\"url\": \"data:text/html", files);
        Assert.Contains("url: \"vbscript:", files);
        Assert.Contains(articles, a => a.Title.Contains('\u202E') && a.Title.Contains('\u200B'));
        Assert.Contains(articles, a => a.Title.Contains('\u0000') && a.Title.Contains('\u0007'));
        Assert.Contains(articles, a => a.Title.Contains('\uFFFD'));
        Assert.Contains(articles, a => a.Source?.StartsWith("=HYPERLINK(") == true);
        Assert.NotNull(articles.FirstOrDefault(a => a.StoryId is not null));
    }

    [Fact]
    public async Task HomePage_ShowsHostileSourcesAndTitlesAsText()
    {
        var articles = await HostileArticles.AllAsync(app);

        var page = await app.GetPageAsync("/");

        Assert.Equal(200, page.Status);
        AssertInert(page);
        var sources = page.All(".home-sources li a").Select(a => Visible(a.TextContent)).ToList();
        Assert.All(articles.Select(a => a.Source).OfType<string>().Distinct(), source => Assert.Contains(Visible(source), sources));
        var titles = page.All(".home-latest li a").Select(a => Visible(a.TextContent)).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.Contains(title, articles.Select(a => Visible(a.Title))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&sort=oldest")]
    [InlineData("&group=story")]
    [InlineData("&dates=share&exact=1")]
    public async Task SearchPage_ShowsHostileHitsAndFacetsAsText(string options)
    {
        var articles = await HostileArticles.AllAsync(app);

        var page = await app.GetPageAsync($"/search?q={Marker}&size=100{options}");

        Assert.Equal(200, page.Status);
        AssertInert(page);
        var titles = page.All("ol.hits li.hit h2 a").Select(a => Visible(a.TextContent)).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.Contains(title, articles.Select(a => Visible(a.Title))));
        var facetLabels = page.All("aside.facets .facet-label").Select(l => Visible(l.TextContent)).ToList();
        Assert.All(articles.Select(a => a.Source).OfType<string>(), source => Assert.Contains(Visible(source), facetLabels));
    }

    [Fact]
    public async Task SearchPage_FilteredByEachHostileSourceAndKeyword_ShowsTheFilterAsText()
    {
        var articles = await HostileArticles.AllAsync(app);
        var filters = articles.Select(a => a.Source).OfType<string>().Distinct().Select(s => ("source", s, s))
            .Concat(articles.SelectMany(a => a.Keywords).SelectMany(list => list.Value.Select(v => ("kw", $"{list.Key}:{v}", v))))
            .Distinct()
            .ToList();

        foreach (var (parameter, value, shown) in filters)
        {
            var page = await app.GetPageAsync($"/search?q={Marker}&{parameter}={Uri.EscapeDataString(value)}");

            Assert.Equal(200, page.Status);
            AssertInert(page);
            Assert.True(page.Total() > 0, $"{parameter}={value} found nothing");
            Assert.Contains(page.All("ul.active-filters li a"), a => Visible(a.TextContent).Contains(Visible(shown)));
        }
    }

    [Fact]
    public async Task ArticlePages_ShowEveryHostileFieldAsText()
    {
        foreach (var article in await HostileArticles.AllAsync(app))
        {
            var page = await app.GetPageAsync(article.PagePath);

            Assert.Equal(200, page.Status);
            AssertInert(page);
            Assert.Equal(Visible(article.Title), Visible(page.Required("article h1").TextContent));
            Assert.Equal(Visible(article.Source ?? "Source unknown"), Visible(page.Required("article header .source").TextContent));
            if (article.Dateline is { } dateline) Assert.Equal(Visible(dateline), Visible(page.Required("article header .dateline").TextContent));
            if (article.Authors.Count > 0) Assert.Equal(Visible("By " + string.Join(", ", article.Authors)), Visible(page.Required("article .authors").TextContent));
            foreach (var (list, values) in article.Keywords)
            {
                var entry = page.All("footer.keywords dl > div").Single(d => d.QuerySelector("dt")!.TextContent == list);
                Assert.Equal(values.Select(Visible), entry.QuerySelectorAll("dd a").Select(a => Visible(a.TextContent)));
            }
            // The citation is text in a textarea: the title cannot close it.
            Assert.Equal(2, page.All("details.cite textarea").Count);
            Assert.Contains(Visible(article.Title.Trim()), Visible(page.Required("#cite-text").TextContent));
        }
    }

    [Fact]
    public async Task ArticlePages_LinkTheOriginalOnlyWhenItIsAWebAddress()
    {
        foreach (var article in await HostileArticles.AllAsync(app))
        {
            var page = await app.GetPageAsync(article.PagePath);

            var original = page.One("p.original a");
            var isWebAddress = article.Url is { } url && (url.StartsWith("https://") || url.StartsWith("http://"));
            Assert.True(isWebAddress == (original is not null), $"{article.Id}: original link {original?.GetAttribute("href")} for url {article.Url}");
            if (original is not null) Assert.Equal(new Uri(article.Url!), new Uri(original.GetAttribute("href")!));
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><svg onload=alert(1)>")]
    [InlineData("javascript:alert(1)")]
    public async Task ArticlePages_WithHostileSearchCarried_AreInert(string query)
    {
        foreach (var article in await HostileArticles.AllAsync(app))
        {
            var page = await app.GetPageAsync($"{article.PagePath}?q={Uri.EscapeDataString(query + " " + Marker)}&source={Uri.EscapeDataString(query)}&r=1");

            Assert.Equal(200, page.Status);
            AssertInert(page);
        }
    }

    [Fact]
    public async Task FacetValuePages_ShowHostileValuesAsText()
    {
        var articles = await HostileArticles.AllAsync(app);

        var sources = await app.GetPageAsync($"/search/facet/source?q={Marker}");
        Assert.Equal(200, sources.Status);
        AssertInert(sources);
        Assert.Equal(
            articles.Select(a => a.Source).OfType<string>().Select(Visible).Distinct().Order(),
            sources.All("#facet-all-values .facet-label").Select(l => Visible(l.TextContent)).Order());

        foreach (var list in articles.SelectMany(a => a.Keywords.Keys).Distinct())
        {
            var page = await app.GetPageAsync($"/search/facet/kw/{HostileArticles.PathSegments(list)}?q={Marker}&filter={Uri.EscapeDataString("<script>")}");

            Assert.True(page.Status == 200, $"the facet page of the list {list} answered {page.Status}");
            AssertInert(page);
            var values = articles.SelectMany(a => a.Keywords.TryGetValue(list, out var v) ? v : []).Where(v => v.Contains("<script>", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(values.Select(Visible).Distinct().Order(), page.All("#facet-all-values .facet-label").Select(l => Visible(l.TextContent)).Order());
        }
    }

    [Fact]
    public async Task StoryPages_ShowHostileVersionsAndComparisonsAsText()
    {
        var articles = await HostileArticles.AllAsync(app);
        var story = articles.Where(a => a.StoryId is not null).GroupBy(a => a.StoryId!).First();
        var members = story.ToList();

        var page = await app.GetPageAsync($"/stories/{story.Key}");

        Assert.Equal(200, page.Status);
        AssertInert(page);
        var titles = page.All("table.versions-table tbody td a").Select(a => Visible(a.TextContent)).ToList();
        Assert.All(members, member => Assert.Contains(Visible(member.Title), titles));
        Assert.Equal(2, page.All(".comparison .column").Count);

        var swapped = await app.GetPageAsync($"/stories/{story.Key}?a={Uri.EscapeDataString(members[1].Id)}&b={Uri.EscapeDataString(members[0].Id)}");
        Assert.Equal(200, swapped.Status);
        AssertInert(swapped);

        // Ids that are no member (and are hostile themselves) lead to the comparison of any two articles, which says they are unknown.
        foreach (var (a, b) in new[] { ("<script>alert(1)</script>", "javascript:alert(1)"), ("", "\"><img src=x onerror=alert(1)>") })
        {
            var response = await app.GetAsync($"/stories/{story.Key}?a={Uri.EscapeDataString(a)}&b={Uri.EscapeDataString(b)}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var compared = await app.GetPageAsync(response.Headers.Location!.OriginalString);
            Assert.Equal(404, compared.Status);
            AssertInert(compared);
        }
    }

    /// <summary>An escaped slash is never decoded in a path, so a list's name keeps its slashes in the page's address.</summary>
    [Fact]
    public async Task FacetValuePage_OfAListWithASlashInItsName_IsFound()
    {
        var page = await app.GetPageAsync("/search/facet/kw/a/b%20list");

        Assert.Equal(200, page.Status);
        Assert.Equal(["slash value"], page.All("#facet-all-values .facet-label").Select(l => l.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/search/facet/kw/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/stories/%3Cscript%3E")]
    [InlineData("/search?from=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("/search/facet/source?filter=" + "%3Cscript%3E" + "&size=0")]
    public async Task ErrorPages_ForHostileAddresses_AreInert(string url)
    {
        var page = await app.GetPageAsync(url);

        Assert.True(page.Status is 400 or 404, $"{url} answered {page.Status}");
        AssertInert(page);
    }
}
