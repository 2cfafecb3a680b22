using System.Text.RegularExpressions;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Opening one article by id, with the words of the query marked throughout.</summary>
[Collection(ArchiveCollection.Name)]
public class ArticleLookupTests(ArchiveFixture archive)
{
    [Fact]
    public void Article_WithQuery_MarksEveryMatchInTitleAndParagraphs()
    {
        var original = archive.Articles.Single(a => a.Id == "reuters-1");

        var view = archive.Searcher.Article("reuters-1", "cocoa");

        Assert.NotNull(view);
        Assert.Equal(original.Title, view.Title.PlainText);
        Assert.Equal(original.Paragraphs, view.Paragraphs.Select(p => p.PlainText));
        var expected = Regex.Count(original.Title + "\n" + original.Body, @"\bcocoa\b", RegexOptions.IgnoreCase);
        Assert.Equal(expected, view.MatchCount);
        Assert.All(view.Paragraphs.SelectMany(p => p.Segments).Where(s => s.IsMatch),
            s => Assert.Equal("cocoa", s.Text, ignoreCase: true));
        Assert.Equal(1, view.Title.MatchCount);
    }

    [Fact]
    public void Article_WithoutQuery_MarksNothing()
    {
        var view = archive.Searcher.Article("reuters-1", null);

        Assert.NotNull(view);
        Assert.Equal(0, view.MatchCount);
        Assert.Equal("BAHIA COCOA REVIEW", view.Article.Title);
        Assert.Equal("Reuters", view.Article.Source);
        Assert.Equal(["cocoa"], view.Article.Keywords["topics"]);
    }

    [Fact]
    public void Article_WithExcludedWord_DoesNotMarkIt()
    {
        var view = archive.Searcher.Article("reuters-1", "bahia -cocoa");

        Assert.NotNull(view);
        Assert.True(view.MatchCount > 0);
        Assert.All(view.Paragraphs.Prepend(view.Title).SelectMany(p => p.Segments).Where(s => s.IsMatch),
            s => Assert.Equal("bahia", s.Text, ignoreCase: true));
    }

    [Fact]
    public void Article_WithMalformedQuery_MarksItsPlainWords()
    {
        var view = archive.Searcher.Article("reuters-1", "\"cocoa");

        Assert.NotNull(view);
        Assert.True(view.MatchCount > 0);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("")]
    [InlineData("REUTERS-1")]
    public void Article_UnknownId_IsNull(string id)
    {
        Assert.Null(archive.Searcher.Article(id, "cocoa"));
    }
}
