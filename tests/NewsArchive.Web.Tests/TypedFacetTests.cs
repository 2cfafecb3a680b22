using System.Text.Json;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// A facet value typed in the query (topics:cocoa) is shown chosen wherever a ticked one is: its
/// checkbox ticked, its chip, the API's facets; unticking it takes it out of the query.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TypedFacetTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_TypedFacetValue_IsTickedInTheFacetList()
    {
        var page = await app.GetPageAsync("/search?q=topics%3Acocoa+prices");

        Assert.Equal(["topics:cocoa"], page.All("aside.facets input[type=checkbox][name=kw][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task SearchPage_UntickingATypedFacetValue_TakesItOutOfTheQuery()
    {
        var page = await app.GetPageAsync("/search?q=topics%3Acocoa+prices");

        // The form carries the query without the value, which its ticked box alone carries.
        var form = page.Required("aside.facets form.facet-form");
        Assert.Equal(["prices"], form.QuerySelectorAll("input[type=hidden][name=q]").Select(i => i.GetAttribute("value")));
        Assert.Empty(form.QuerySelectorAll("input[type=hidden][name=kw]"));
        var chip = Link.Parse(page.Required("ul.active-filters li a[aria-label='Remove filter: topics cocoa']").GetAttribute("href")!);
        Assert.Equal(("prices", null), (chip["q"], chip["kw"]));
    }

    [Fact]
    public async Task SearchPage_ExcludedFacetValue_StaysInTheQuery()
    {
        var page = await app.GetPageAsync("/search?q=topics%3Acocoa+prices+-places%3Auk");

        var form = page.Required("aside.facets form.facet-form");
        Assert.Equal(["prices -places:uk"], form.QuerySelectorAll("input[type=hidden][name=q]").Select(i => i.GetAttribute("value")!.Replace("  ", " ")));
    }

    [Fact]
    public async Task FacetPage_TypedFacetValue_IsTicked()
    {
        var page = await app.GetPageAsync("/search/facet/kw/topics?q=topics%3Acocoa+prices");

        Assert.Contains("topics:cocoa", page.All("form.facet-all-form input[type=checkbox][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Api_TypedFacetValue_IsListedAsTickedOneIs()
    {
        // No article matches the word, so the value is listed only for being chosen.
        var typed = await Facets("/api/search?q=topics%3Acocoa+qqzxnothing");
        var ticked = await Facets("/api/search?q=qqzxnothing&kw=topics:cocoa");

        Assert.Contains("\"cocoa\"", typed);
        Assert.Equal(ticked, typed);
    }

    private async Task<string> Facets(string url)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(url));
        return json.RootElement.GetProperty("facets").GetProperty("keywords").GetRawText();
    }
}
