using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A search whose words with * or ? match more words than a search looks up is narrowed to their
/// most frequent matches: it still answers, and the page and the API say so; an ordinary search
/// says nothing of the kind.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class NarrowedSearchTests(ArchiveAppFixture app)
{
    // Three two-letter prefixes share the budget six ways (title and body each): each matches
    // thousands of words in the Reuters corpus.
    private const string ManyMatches = "co* pr* re*";

    [Fact]
    public async Task SearchPage_OfPrefixesMatchingManyWords_ShowsHitsAndSaysTheyWereNarrowed()
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(ManyMatches));

        Assert.Equal(200, page.Status);
        Assert.NotEmpty(page.All("ol.hits li.hit"));
        Assert.Contains("most frequent matches only", page.Required("main .message.notice.narrowed[role=status]").TextContent);
    }

    [Fact]
    public async Task SearchPage_OfAnOrdinaryPrefix_SaysNothingOfNarrowing()
    {
        var page = await app.GetPageAsync("/search?q=coco*");

        Assert.Null(page.One("main .message.notice.narrowed"));
    }

    [Fact]
    public async Task Api_Search_SaysWhetherTheSearchWasNarrowed()
    {
        using var narrowed = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(ManyMatches)));
        using var ordinary = JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=coco*"));

        Assert.Contains("most frequent matches only", narrowed.RootElement.GetProperty("narrowed").GetString());
        Assert.True(narrowed.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, ordinary.RootElement.GetProperty("narrowed").ValueKind);
    }
}
