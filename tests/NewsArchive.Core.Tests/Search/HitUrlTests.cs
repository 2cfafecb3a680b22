using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>A hit carries the article's original address when its source gave one.</summary>
public sealed class HitUrlTests : IDisposable
{
    private readonly SmallArchive archive = new(
        Make("with-url", "Cocoa prices rise") with { Url = "https://example.com/cocoa" },
        Make("without-url", "Cocoa harvest late"));

    public void Dispose() => archive.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Hit_HasTheArticlesUrlOrNull(bool snippets)
    {
        var hits = archive.Search(new SearchRequest { Query = "cocoa", Snippets = snippets }).Hits.ToDictionary(h => h.Id);

        Assert.Equal("https://example.com/cocoa", hits["with-url"].Url);
        Assert.Null(hits["without-url"].Url);
    }
}
