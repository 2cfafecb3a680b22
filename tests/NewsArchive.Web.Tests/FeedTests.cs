using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using CodeHollow.FeedReader;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>/search.atom: any search as an Atom feed, read back with two feed parsers.</summary>
[Collection(WebCollection.Name)]
public sealed class FeedTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task Feed_IsAtom_ThatFeedParsersRead()
    {
        var (xml, response) = await GetFeedAsync("/search.atom?q=cocoa");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = FeedReader.ReadFromString(xml);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.Equal(30, feed.Items.Count);
        Assert.Contains(feed.Items, item => item.Description.Contains("<mark>cocoa</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title));
            Assert.Matches(@"^http://localhost/articles/reuters-\d+$", item.Link);
            // The summary is the hit's snippet, the matches marked (or its opening, when only the title matches).
            Assert.Contains("cocoa", item.Title + item.Description, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(feed.Items.Count, feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task Feed_HasWhatAtomRequires_AndLinksBackToTheSearch()
    {
        var (xml, _) = await GetFeedAsync("/search.atom?q=cocoa&source=Reuters&from=1987-03-01&to=1987-03-31");

        using var reader = XmlReader.Create(new StringReader(xml));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("http://localhost/search.atom?q=cocoa&source=Reuters&from=1987-03-01&to=1987-03-31", feed.Id);
        Assert.Contains("cocoa", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == feed.Id);
        var alternate = Assert.Single(feed.Links, l => l.RelationshipType == "alternate");
        Assert.Equal("/search?q=cocoa&source=Reuters&from=1987-03-01&to=1987-03-31&sort=added", alternate.Uri.PathAndQuery);
        Assert.NotEmpty(feed.Authors);
        Assert.All(feed.Items, entry =>
        {
            Assert.False(string.IsNullOrEmpty(entry.Id));
            Assert.NotEqual(default, entry.LastUpdatedTime);
            // The filters apply: every entry is a Reuters story of March 1987.
            Assert.Equal(new DateTime(1987, 3, 1).Month, entry.PublishDate.Month);
            Assert.Equal("Reuters", Assert.Single(entry.Authors).Name);
        });
        Assert.Equal(feed.Items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task Feed_ListsTheSameArticlesAsTheSearchSortedByTimeAdded()
    {
        var (xml, _) = await GetFeedAsync("/search.atom?q=Tokayev&size=5");
        using var api = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=Tokayev&sort=added&size=5"));

        var feed = FeedReader.ReadFromString(xml);
        var apiIds = api.RootElement.GetProperty("hits").EnumerateArray().Select(h => "http://localhost" + h.GetProperty("url").GetString());
        Assert.Equal(apiIds, feed.Items.Select(i => i.Link));
    }

    [Fact]
    public async Task ResultsPage_LinksItsFeed_ForBrowsersAndFeedReaders()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&source=Reuters&page=2&sort=oldest");

        var link = page.Required("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/search.atom?q=cocoa&source=Reuters", link.GetAttribute("href"));
        Assert.Contains("cocoa", link.GetAttribute("title"));
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(link.GetAttribute("href")!)).StatusCode);
    }

    [Theory]
    [InlineData("/search.atom?from=yesterday", "from")]
    [InlineData("/search.atom?size=1000", "size")]
    [InlineData("/search.atom?sort=sideways", "sort")]
    public async Task Feed_WithABadParameter_AnswersProblemDetails(string url, string parameter)
    {
        await ProblemAssert.BadParameterAsync(await app.GetAsync(url), parameter);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"unbalanced")]
    [InlineData("]]> &amp; \u0001")]
    public async Task Feed_OfAHostileQuery_IsStillWellFormed(string query)
    {
        var (xml, _) = await GetFeedAsync("/search.atom?q=" + Uri.EscapeDataString(query));

        var feed = FeedReader.ReadFromString(xml);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.DoesNotContain("<script>", xml);
    }

    private async Task<(string Xml, HttpResponseMessage Response)> GetFeedAsync(string url)
    {
        var response = await app.GetAsync(url);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {xml}");
        return (xml, response);
    }
}
