using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>"Did you mean" and other spellings of a name on the search page and in the API: plain links that keep the search.</summary>
[Collection(WebCollection.Name)]
public sealed class SpellingSuggestionTests(ArchiveAppFixture app)
{
    private static string Text(AngleSharp.Dom.IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task SearchPage_ForAMisspeltWordThatFindsNothing_ShowsWhatTheCorrectionFinds_WithTheWayBack()
    {
        var page = await app.GetPageAsync("/search?q=kazakstan&source=Reuters&sort=oldest");
        var direct = await app.GetPageAsync("/search?q=kazakhstan&source=Reuters&sort=oldest");

        Assert.True(direct.Total() > 0);
        Assert.Equal(direct.Total(), page.Total());
        Assert.Equal(direct.HitIds(), page.HitIds());
        Assert.Equal("Showing results for kazakhstan — search instead for kazakstan", Text(page.Required("p.did-you-mean")));
        Assert.Null(page.One("p.did-you-mean + p.did-you-mean"));

        var back = Link.Parse(page.Required("p.did-you-mean a").GetAttribute("href")!);
        Assert.Equal(("kazakstan", "1", "Reuters", "oldest"), (back["q"], back["astyped"], back["source"], back["sort"]));
    }

    [Fact]
    public async Task SearchPage_AsTyped_SearchesTheMisspeltWord_AndOffersTheCorrection()
    {
        var page = await app.GetPageAsync("/search?q=kazakstan&astyped=1");

        Assert.Equal(0, page.Total());
        Assert.Equal("Did you mean: kazakhstan?", Text(page.Required("p.did-you-mean")));
        var link = page.Required("p.did-you-mean a");
        Assert.Equal("kazakhstan", page.Required("p.did-you-mean a strong").TextContent);

        var corrected = await app.GetPageAsync(link.GetAttribute("href")!);
        var direct = await app.GetPageAsync("/search?q=kazakhstan");
        Assert.True(corrected.Total() > 0);
        Assert.Equal(direct.Total(), corrected.Total());
        Assert.Null(corrected.One("p.did-you-mean"));
    }

    [Fact]
    public async Task Api_ForAMisspeltWordThatFindsNothing_AnswersForTheCorrection_AndSaysSo()
    {
        using var corrected = await GetJsonAsync("/api/search?q=kazakstan");
        using var typed = await GetJsonAsync("/api/search?q=kazakstan&astyped=1");

        Assert.Equal("kazakstan", corrected.RootElement.GetProperty("correctedFrom").GetString());
        Assert.Equal("kazakhstan", corrected.RootElement.GetProperty("query").GetString());
        Assert.True(corrected.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, typed.RootElement.GetProperty("correctedFrom").ValueKind);
        Assert.Equal(0, typed.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("kazakhstan", typed.RootElement.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task AsTyped_IsCheckedLikeEveryParameter()
    {
        using var response = await app.GetAsync("/api/search?q=kazakstan&astyped=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("astyped must be 1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DidYouMean_KeepsTheFiltersAndSort_AndChangesOnlyTheWord()
    {
        const string filters = "source=Reuters&from=1987-03-01&to=1987-03-31&sort=oldest&size=20";
        var page = await app.GetPageAsync($"/search?q=cocao%20prices&{filters}&page=2&astyped=1");

        var link = Link.Parse(page.Required("p.did-you-mean a").GetAttribute("href")!);
        Assert.Equal("/search", link.Path);
        Assert.Equal("cocoa prices", link["q"]);
        Assert.Equal(["Reuters"], link.All("source"));
        Assert.Equal(("1987-03-01", "1987-03-31", "oldest", "20"), (link["from"], link["to"], link["sort"], link["size"]));
        Assert.Null(link["page"]);

        var corrected = await app.GetPageAsync(page.Required("p.did-you-mean a").GetAttribute("href")!);
        var direct = await app.GetPageAsync($"/search?q=cocoa%20prices&{filters}");
        Assert.True(corrected.Total() > 0);
        Assert.Equal(direct.Total(), corrected.Total());
    }

    [Fact]
    public async Task SearchPage_ForTileuberdi_OffersTleuberdi_AndIncludingItFindsAllFive()
    {
        var page = await app.GetPageAsync("/search?q=Tileuberdi");

        Assert.Equal(3, page.Total());
        var offer = page.Required("p.also-spelt");
        Assert.Equal("Also spelt: Tleuberdi (2) — include", Text(offer));
        var include = offer.QuerySelector("a")!;
        Assert.Equal("Include Tleuberdi in the search for Tileuberdi", include.GetAttribute("aria-label"));
        Assert.Equal("(Tileuberdi OR Tleuberdi)", Link.Parse(include.GetAttribute("href")!)["q"]);

        var included = await app.GetPageAsync(include.GetAttribute("href")!);
        Assert.Equal(5, included.Total());
        Assert.Equal(ArchiveAppFixture.SeedIds.Order(), included.HitIds().Order());
        Assert.Null(included.One("p.also-spelt"));
    }

    [Fact]
    public async Task IncludeLink_KeepsTheFilters()
    {
        // Seeds 001 (Tileuberdi) and 002 (Tleuberdi) are dated 10 January 2022.
        var page = await app.GetPageAsync("/search?q=tileuberdi&from=2022-01-10&to=2022-01-10&sort=newest");

        Assert.Equal(1, page.Total());
        Assert.Equal("Also spelt: Tleuberdi (1) — include", Text(page.Required("p.also-spelt")));
        var link = Link.Parse(page.Required("p.also-spelt a").GetAttribute("href")!);
        Assert.Equal(("(tileuberdi OR tleuberdi)", "2022-01-10", "2022-01-10", "newest"), (link["q"], link["from"], link["to"], link["sort"]));

        var included = await app.GetPageAsync(page.Required("p.also-spelt a").GetAttribute("href")!);
        Assert.Equal(["seeds/001_e8e74c77bd022465.txt", "seeds/002_00d06213086799bc.txt"], included.HitIds().Order());
    }

    [Theory]
    [InlineData("cocoa")]
    [InlineData("Tokayev")]
    [InlineData("")]
    public async Task SearchPage_ForWellSpeltWords_OffersNothing(string query)
    {
        var page = await app.GetPageAsync("/search?q=" + query);

        Assert.Equal(200, page.Status);
        Assert.Null(page.One("p.did-you-mean"));
        Assert.Null(page.One("p.also-spelt"));
    }

    [Fact]
    public async Task DidYouMean_IsHtmlEncoded()
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("kazakstan <img src=x>"));

        var link = page.Required("p.did-you-mean a");
        Assert.Equal("kazakhstan <img src=x>", Text(link));
        Assert.Empty(link.QuerySelectorAll("img"));
        Assert.Contains("&lt;img src=x&gt;", link.InnerHtml);
    }

    [Fact]
    public async Task Api_Search_GivesTheVariantsWithCountsAndTheIncludingQuery()
    {
        using var json = await GetJsonAsync("/api/search?q=Tileuberdi");

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("suggestion").ValueKind);
        var word = Assert.Single(json.RootElement.GetProperty("variants").EnumerateArray().ToList());
        Assert.Equal("Tileuberdi", word.GetProperty("word").GetString());
        var variant = Assert.Single(word.GetProperty("variants").EnumerateArray().ToList());
        Assert.Equal(("Tleuberdi", 2), (variant.GetProperty("value").GetString(), variant.GetProperty("count").GetInt32()));
        Assert.Equal("(Tileuberdi OR Tleuberdi)", word.GetProperty("query").GetString());

        using var included = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(word.GetProperty("query").GetString()!));
        Assert.Equal(5, included.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_Search_ForWellSpeltWords_GivesNullAndEmpty()
    {
        using var json = await GetJsonAsync("/api/search?q=cocoa");

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("suggestion").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("variants").EnumerateArray());
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await app.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}
