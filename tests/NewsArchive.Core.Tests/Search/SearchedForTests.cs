namespace NewsArchive.Core.Tests.Search;

/// <summary>The "Searched for" line says what is really searched.</summary>
[Collection(ArchiveCollection.Name)]
public class SearchedForTests(ArchiveFixture archive)
{
    private string Understood(string query) => string.Join(" | ", archive.Search(query).Understood);

    [Fact]
    public void HyphenatedWord_IsBothWordsInTitleOrBody_NotTheTitleOnly()
    {
        var text = Understood("short-term");

        Assert.DoesNotContain("title", text, StringComparison.Ordinal);
        Assert.Contains("all of: short, term", text, StringComparison.Ordinal);
        // It does find articles with the words in their text only.
        Assert.True(archive.Search("short-term").Total > archive.Search("title:short-term").Total);
    }

    [Fact]
    public void SloppyPhrase_IsWithinSoManyWords_NotExact()
    {
        var text = Understood("\"cocoa prices\"~3");

        Assert.Contains("\"cocoa prices\" (within 3 words)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exact phrase", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleField_StillSaysInTheTitle()
    {
        Assert.Contains("in the title: cocoa", Understood("title:cocoa"), StringComparison.Ordinal);
    }

    [Fact]
    public void Exclusions_SayEveryArticleExcept()
    {
        Assert.StartsWith("every article; not cocoa", Understood("-cocoa"), StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineColon_IsWords_NotAField()
    {
        var text = Understood("Kazakhstan will emerge more resilient from dark hour: FM");

        Assert.DoesNotContain("hour:", text, StringComparison.Ordinal);
        Assert.Contains("hour", text, StringComparison.Ordinal);
        Assert.Contains("fm", text, StringComparison.Ordinal);
    }
}
