using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The results say how the search was understood; word forms can be switched off; the help page explains the language.</summary>
[Collection(WebCollection.Name)]
public sealed class QueryUnderstandingTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task SearchPage_SaysHowTheSearchWasUnderstood()
    {
        var page = await app.GetPageAsync("/search?q=%22verbal+message%22+tokayev+-russia&source=TDI");

        var line = page.Required("p.understood").TextContent;
        Assert.Contains("\"verbal message\" (exact phrase)", line);
        Assert.Contains("tokayev", line);
        Assert.Contains("not russia", line);
        Assert.Contains("from TDI", line);
        Assert.Contains("any form", line);
    }

    [Fact]
    public async Task PastedHeadline_IsSearchedAsWords_AndFindsItsArticle()
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("Kazakhstan will emerge more resilient from dark hour: FM"));

        Assert.True(page.Total() > 0);
        Assert.Contains("Kazakhstan will emerge more resilient from dark hour: FM", page.Required("main").TextContent);
        Assert.DoesNotContain("hour:", page.Required("p.understood").TextContent);
    }

    [Fact]
    public async Task FacetTypedInTheQuery_FiltersLikeTickingIt_AndSaysSo()
    {
        var typed = await app.GetPageAsync("/search?q=topics%3Acocoa+prices");
        var ticked = await app.GetPageAsync("/search?q=prices&kw=topics:cocoa");

        Assert.True(typed.Total() > 0);
        Assert.Equal(ticked.Total(), typed.Total());
        Assert.Contains("topics: cocoa (the topics facet, as if ticked)", typed.Required("p.understood").TextContent);
    }

    [Fact]
    public async Task SloppyPhrase_IsDescribedAsWithinSoManyWords()
    {
        var page = await app.GetPageAsync("/search?q=%22cocoa+prices%22~3");

        Assert.Contains("\"cocoa prices\" (within 3 words)", page.Required("p.understood").TextContent);
    }

    [Fact]
    public async Task Api_SaysHowTheSearchWasUnderstood()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await app.Client.GetStringAsync("/api/search?q=cocoa&exact=1"));

        var understood = json.RootElement.GetProperty("understood").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("cocoa", understood);
        Assert.Contains("exact words only", understood);
    }

    [Fact]
    public async Task ExactWordsLink_SwitchesWordFormsOffAndBack()
    {
        var forms = await app.GetPageAsync("/search?q=protest");
        var exactHref = forms.Required("p.understood a[href*='exact=1']").GetAttribute("href")!;

        var exact = await app.GetPageAsync(exactHref);

        Assert.True(exact.Total() < forms.Total(), "exact words find fewer articles than all word forms");
        Assert.Contains("exact words only", exact.Required("p.understood").TextContent);
        var back = await app.GetPageAsync(exact.Required("p.understood a[href^='/search']").GetAttribute("href")!);
        Assert.Equal(forms.Total(), back.Total());
    }

    [Fact]
    public async Task ExactWords_KeepsTheSettingInEveryLink()
    {
        var page = await app.GetPageAsync("/search?q=cocoa&exact=1");

        var pageTwo = page.Required("nav.pagination a[rel=next]").GetAttribute("href")!;
        Assert.Contains("exact=1", pageTwo);
    }

    [Theory]
    [InlineData("exact=maybe")]
    [InlineData("exact=2")]
    public async Task ExactWords_WithABadValue_Returns400NamingIt(string query)
    {
        var page = await app.GetPageAsync("/search?q=cocoa&" + query);

        Assert.Equal(400, page.Status);
        Assert.Equal("exact", page.Required("main .message.error strong").TextContent.Trim());
    }

    [Theory]
    [InlineData("a*")]
    [InlineData("c?coa")]
    public async Task CostlyQuery_IsRefusedWithItsReasonAndSearchedAsWords(string query)
    {
        var page = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(200, page.Status);
        Assert.Contains("searched as the plain words", page.Required(".message.notice").TextContent);
    }

    [Fact]
    public async Task HelpPage_ExplainsTheLanguageAndIsLinkedFromTheSearchBox()
    {
        var home = await app.GetPageAsync("/");
        Assert.Equal("/help", home.Required("form.search-box a.search-help").GetAttribute("href"));

        var help = await app.GetPageAsync("/help");

        Assert.Equal(200, help.Status);
        var text = help.Required("main").TextContent;
        foreach (var example in new[] { "\"verbal message\"", "-russia", "OR", "bank*", "tileuberdi~", "title:", "source:" })
            Assert.Contains(example, text);
    }
}
