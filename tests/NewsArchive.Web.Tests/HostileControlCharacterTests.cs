using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Control characters and noncharacters of the articles (U+0000, U+0001, U+0007, ESC, U+FFFE…)
/// never reach a page, as themselves or as numeric references: the page shows U+FFFD instead.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class HostileControlCharacterTests(HostileAppFixture app) : IClassFixture<HostileAppFixture>
{
    private const string ControlArticle = "/articles/lines/vbscript-url";

    [Theory]
    [InlineData(ControlArticle)]
    [InlineData(ControlArticle + "?q=" + HostileAppFixture.Marker)]
    [InlineData("/search?q=" + HostileAppFixture.Marker)]
    [InlineData("/search?q=" + HostileAppFixture.Marker + "&size=50&group=story")]
    [InlineData("/")]
    [InlineData("/search/facet/source?q=" + HostileAppFixture.Marker)]
    public async Task Page_ShowsNoControlCharacters(string path)
    {
        var page = await app.GetPageAsync(path);

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain(page.Html.EnumerateRunes(), rune => VisibleHtmlEncoder.IsHidden(rune.Value));
        Assert.DoesNotContain(References(page.Html), VisibleHtmlEncoder.IsHidden);
    }

    [Fact]
    public async Task ArticlePage_ShowsAReplacementMarkWhereTheTitleHasControlCharacters()
    {
        var page = await app.GetPageAsync(ControlArticle);

        Assert.Contains("Control \uFFFD\uFFFD\uFFFD[31m characters \uFFFD and a nul", page.Required("h1").TextContent);
    }

    [Theory]
    [InlineData(0x0000, true)]
    [InlineData(0x0001, true)]
    [InlineData(0x001B, true)]
    [InlineData(0x007F, true)]
    [InlineData(0x0085, true)]
    [InlineData(0xFDD0, true)]
    [InlineData(0xFFFE, true)]
    [InlineData(0x1FFFF, true)]
    [InlineData('\t', false)]
    [InlineData('\n', false)]
    [InlineData('a', false)]
    [InlineData(0x00E9, false)]
    [InlineData(0xFFFD, false)]
    [InlineData(0x1F600, false)]
    public void IsHidden_ControlsAndNoncharacters(int scalar, bool hidden) =>
        Assert.Equal(hidden, VisibleHtmlEncoder.IsHidden(scalar));

    /// <summary>The characters the page's numeric references (&amp;#x1; &amp;#7;) stand for.</summary>
    private static IEnumerable<int> References(string html) =>
        Regex.Matches(html, "&#(x[0-9a-fA-F]+|[0-9]+);").Select(m => m.Groups[1].Value is ['x', .. var hex]
            ? int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
}
