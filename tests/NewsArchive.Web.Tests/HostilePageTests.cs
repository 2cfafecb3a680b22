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

    /// <summary>An escaped slash is never decoded in a path, so a list's name keeps its slashes in the page's address.</summary>
    [Fact]
    public async Task FacetValuePage_OfAListWithASlashInItsName_IsFound()
    {
        var page = await app.GetPageAsync("/search/facet/kw/a/b%20list");

        Assert.Equal(200, page.Status);
        Assert.Equal(["slash value"], page.All("#facet-all-values .facet-label").Select(l => l.TextContent.Trim()));
    }
}
