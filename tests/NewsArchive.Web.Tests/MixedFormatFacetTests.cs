using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Articles from every format the indexer reads show their outlet and date in the facets.</summary>
[Collection(WebCollection.Name)]
public sealed class MixedFormatFacetTests
{
    [Fact]
    public async Task Facets_ShowSourcesAndDatesOfArticlesFromEveryFormat()
    {
        using var folder = new TempFolder("newsarchive-web-mixed-");
        var corpus = Directory.CreateDirectory(folder.PathOf("corpus")).FullName;
        MixedCorpus.WriteTo(corpus);
        await using var factory = new ArchiveWebFactory(folder.PathOf("index"), corpus);
        using var client = factory.CreateNonRedirectingClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=harbour"));
        var facets = json.RootElement.GetProperty("facets");

        var sources = facets.GetProperty("source").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Order();
        Assert.Equal(MixedCorpus.Expected.Values.Select(e => e.Source).Order(), sources);
        var days = facets.GetProperty("date").EnumerateArray()
            .Where(b => b.GetProperty("count").GetInt32() > 0)
            .Select(b => b.GetProperty("bucket").GetString())
            .ToList();
        Assert.Equal(MixedCorpus.Expected.Values.Select(e => e.Day[..7]).Order(), days);
        Assert.Equal(0, facets.GetProperty("undated").GetInt32());
    }
}
