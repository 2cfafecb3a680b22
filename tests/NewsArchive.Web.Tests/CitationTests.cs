using NewsArchive.Core.Articles;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>The citation offered on each article page: what it says, and what it leaves out when the article does not say it.</summary>
[Collection(WebCollection.Name)]
public sealed class CitationTests(ArchiveAppFixture app)
{
    private static readonly DateOnly Accessed = new(2026, 11, 22);

    private static readonly Article Full = new()
    {
        Id = "a1",
        Title = "Wang Yi talks with Kazakh FM",
        Body = "Text.",
        Source = "Xinhua",
        Date = new DateTimeOffset(2022, 1, 10, 8, 0, 0, TimeSpan.Zero),
        Url = "https://news.example/wang-yi",
        Authors = ["Li Wei", "Anna Smith"],
    };

    [Fact]
    public void Reference_HasAuthorsTitleOutletDateUrlPermalinkAndAccessDate()
    {
        var citation = Citation.For(Full, "https://archive.example/articles/a1", Accessed);

        Assert.Equal("Li Wei, Anna Smith. “Wang Yi talks with Kazakh FM.” Xinhua, 10 January 2022. https://news.example/wang-yi. " +
                     "Archived at https://archive.example/articles/a1 (accessed 22 November 2026).", citation.Text);
    }

    [Fact]
    public void Reference_LeavesOutWhatTheArticleDoesNotSay()
    {
        var bare = Full with { Authors = [], Source = null, Date = null, Url = "javascript:alert(1)" };

        var citation = Citation.For(bare, "https://archive.example/articles/a1", Accessed);

        Assert.Equal("“Wang Yi talks with Kazakh FM.” n.d. Archived at https://archive.example/articles/a1 (accessed 22 November 2026).", citation.Text);
        Assert.DoesNotContain("javascript", citation.BibTex);
        Assert.Contains("url = {https://archive.example/articles/a1}", citation.BibTex);
    }

    [Fact]
    public void BibTex_IsOneEntry_WithEscapedFields()
    {
        var tricky = Full with { Title = "50% off {all} & more_", Source = "A#B" };

        var bibtex = Citation.For(tricky, "https://archive.example/articles/a1", Accessed).BibTex;

        Assert.StartsWith("@misc{ab202250,\n", bibtex);
        Assert.Contains(@"title = {{50\% off \{all\} \& more\_}}", bibtex);
        Assert.Contains(@"howpublished = {A\#B}", bibtex);
        Assert.Contains("author = {Li Wei and Anna Smith}", bibtex);
        Assert.Contains("year = {2022}", bibtex);
        Assert.Contains("month = {jan}", bibtex);
        Assert.Contains("urldate = {2026-11-22}", bibtex);
        Assert.EndsWith("}", bibtex);
        // Braces balance, so the entry ends where it should.
        var depth = 0;
        for (var i = 0; i < bibtex.Length; i++)
        {
            if (bibtex[i] == '\\') { i++; continue; }
            depth += bibtex[i] == '{' ? 1 : bibtex[i] == '}' ? -1 : 0;
            Assert.True(depth >= 0);
        }
        Assert.Equal(0, depth);
    }

    [Fact]
    public async Task ArticlePage_OffersTheCitation_WithItsPermalink()
    {
        var page = await app.GetPageAsync("/articles/reuters-1?q=cocoa");

        var text = page.Required(".cite #cite-text").TextContent;
        Assert.StartsWith("“BAHIA COCOA REVIEW.” Reuters, 26 February 1987.", text);
        Assert.Contains("Archived at http://localhost/articles/reuters-1 (accessed ", text);
        Assert.Contains($"accessed {DateTime.UtcNow:d MMMM yyyy}", text);
        Assert.Contains("@misc{reuters1987bahia", page.Required(".cite #cite-bibtex").TextContent);
    }
}
