using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Search;
using static NewsArchive.Core.Tests.Support.TestArticle;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Snippets mark what matched, and their HTML is safe whatever the article says.</summary>
public sealed class SnippetTests : IDisposable
{
    private static readonly string LongLead = string.Join(' ', Enumerable.Repeat("Nothing of note happened at the port today.", 12));

    private readonly SmallArchive archive = new(
        Make("html", "<b>Cocoa</b> & sugar report", "Traders said <script>alert('x')</script> cocoa prices & more rose."),
        Make("long", "Market report", LongLead + " Then cocoa prices rose sharply. " + LongLead),
        Make("mixed", "Commodity prices", "Cocoa prices rose while sugar prices fell, and Tokáyev spoke."));

    public void Dispose() => archive.Dispose();

    private SearchHit Hit(string query, string id) =>
        Assert.Single(archive.Search(new SearchRequest { Query = query }).Hits, h => h.Id == id);

    private static List<string> Marked(HighlightedText text) =>
        text.Segments.Where(s => s.IsMatch).Select(s => s.Text).ToList();

    [Fact]
    public void Snippet_MarksTheQueryWords()
    {
        var hit = Hit("cocoa prices", "mixed");

        Assert.Equal(["Cocoa", "prices", "prices"], Marked(hit.Snippet));
        Assert.Equal(["prices"], Marked(hit.Title));
        Assert.Equal("Cocoa prices rose while sugar prices fell, and Tokáyev spoke.", hit.Snippet.PlainText);
    }

    [Fact]
    public void Search_WithoutSnippets_FindsTheSameArticlesWithPlainTitlesAndNoSnippets()
    {
        var full = archive.Search(new SearchRequest { Query = "cocoa prices" });
        var lean = archive.Search(new SearchRequest { Query = "cocoa prices", Snippets = false, AdviseSpelling = false });

        Assert.Equal(full.Total, lean.Total);
        Assert.Equal(full.Hits.Select(h => (h.Id, h.Title.PlainText, h.Source, h.Date)), lean.Hits.Select(h => (h.Id, h.Title.PlainText, h.Source, h.Date)));
        Assert.All(lean.Hits, hit => Assert.Equal(0, hit.Title.MatchCount));
        Assert.All(lean.Hits, hit => Assert.Equal("", hit.Snippet.PlainText));
        Assert.Equal(full.Sources, lean.Sources);
    }

    [Fact]
    public void Snippet_OfALongBody_IsThePassageAroundTheMatch()
    {
        var hit = Hit("cocoa", "long");

        Assert.Equal(["cocoa"], Marked(hit.Snippet));
        Assert.Equal("…", hit.Snippet.Segments[0].Text);
        Assert.Equal("…", hit.Snippet.Segments[^1].Text);
        Assert.True(hit.Snippet.PlainText.Length <= TextHighlighter.DefaultPassageLength + 2, hit.Snippet.PlainText);
    }

    [Fact]
    public void ToHtml_EncodesArticleTextAndLeavesOnlyTheMarksRaw()
    {
        var hit = Hit("cocoa", "html");

        var html = hit.Snippet.ToHtml();

        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&amp; more", html);
        Assert.Contains("<mark>cocoa</mark>", html);
        var unmarked = html.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain('<', unmarked);
        Assert.DoesNotContain('>', unmarked);
        Assert.Equal("&lt;b&gt;<mark>Cocoa</mark>&lt;/b&gt; &amp; sugar report", hit.Title.ToHtml());
    }

    [Fact]
    public void ExcludedWords_AreNotMarked()
    {
        var hit = Hit("cocoa -title:sugar", "mixed");

        Assert.Equal(["Cocoa"], Marked(hit.Snippet));
    }

    [Theory]
    [InlineData("coco*")]
    [InlineData("cocao~")]
    [InlineData("cocoa~1")]
    public void PrefixAndFuzzyMatches_AreMarked(string query)
    {
        Assert.Equal(["Cocoa"], Marked(Hit(query, "mixed").Snippet));
    }

    [Fact]
    public void Phrase_IsMarkedOnlyWhereItStands()
    {
        Assert.Equal(["sugar prices"], Marked(Hit("\"sugar prices\"", "mixed").Snippet));
    }

    [Fact]
    public void FoldedAccents_MarkTheWordAsWritten()
    {
        Assert.Equal(["Tokáyev"], Marked(Hit("tokayev", "mixed").Snippet));
    }

    [Fact]
    public void Browsing_MarksNothing()
    {
        var results = archive.Search(new SearchRequest());

        Assert.All(results.Hits, hit => Assert.Empty(Marked(hit.Snippet)));
        Assert.All(results.Hits, hit => Assert.Empty(Marked(hit.Title)));
    }
}
