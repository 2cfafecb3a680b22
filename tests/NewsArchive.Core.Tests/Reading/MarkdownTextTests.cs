using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>How Markdown markup is reduced to the words a reader sees.</summary>
public class MarkdownTextTests
{
    [Theory]
    [InlineData("**bold** and *italic* and ***both***", "bold and italic and both")]
    [InlineData("__bold__ and _italic_ and ~~struck~~", "bold and italic and struck")]
    [InlineData("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2")]
    [InlineData("see [the report](https://x.org/r \"Report\") now", "see the report now")]
    [InlineData("see [the report][1] now", "see the report now")]
    [InlineData("a ![chart](chart.png) b", "a b")]
    [InlineData("mail <https://x.org/a>", "mail https://x.org/a")]
    [InlineData("run `rm *.tmp` and **go**", "run rm *.tmp and go")]
    [InlineData(@"an escaped \*star\* and \_underscore\_", "an escaped *star* and _underscore_")]
    public void Inline_KeepsTheWordsAndDropsTheMarkup(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownText.Inline(markdown));
    }

    [Fact]
    public void ToPlain_HeadingsQuotesListsAndCode()
    {
        var plain = MarkdownText.ToPlain("""
            # Main title #

            Intro line one
            continues here.

            > Quoted words.

            1. First
            2. Second

            ~~~python
            print("*not emphasis*")
            ~~~

            ***

            [1]: https://x.org/r
            ## Section
            End.
            """);

        Assert.Equal("Main title", plain.Title);
        Assert.Equal(
            "Intro line one continues here.\n\nQuoted words.\n\n1. First\n\n2. Second\n\nprint(\"*not emphasis*\")\n\nSection\n\nEnd.",
            plain.Body);
        Assert.StartsWith("Main title\n\nIntro line one", plain.WithTitle);
    }

    [Fact]
    public void ToPlain_TextOpeningWithALowerHeading_TakesItAsTitle_ButNotALaterOne()
    {
        Assert.Equal("Opening", MarkdownText.ToPlain("## Opening\n\nText.").Title);
        Assert.Null(MarkdownText.ToPlain("Text first.\n\n## Later\n\nMore.").Title);
    }
}
