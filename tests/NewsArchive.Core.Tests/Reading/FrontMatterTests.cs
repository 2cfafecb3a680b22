using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>Markdown and text files with YAML front matter: metadata stated outright, the body as plain paragraphs.</summary>
public class FrontMatterTests
{
    [Fact]
    public void Markdown_WithFrontMatter_TakesEveryFieldFromIt()
    {
        var (article, warnings) = ReadOne("markdown/ferry-timetable.md");

        Assert.Empty(warnings);
        Assert.Equal("markdown/ferry-timetable.md", article.Id);
        Assert.Equal("Ferry service: new timetable from May", article.Title);
        Assert.Equal(TestArticle.Utc(2023, 4, 20, 6), article.Date);
        Assert.Equal("Island Weekly", article.Source); // "publisher"
        Assert.Equal("https://islandweekly.example/ferry", article.Url); // "link"
        Assert.Equal(["Sam Okafor", "Rita Moss"], article.Authors);
        Assert.Equal(["ferries", "transport"], article.Keywords["tags"]);
        Assert.Equal(["Local"], article.Keywords["section"]);
    }

    [Fact]
    public void Markdown_WithFrontMatter_HasItsMarkupReducedToPlainParagraphs()
    {
        var (article, _) = ReadOne("markdown/ferry-timetable.md");

        Assert.Equal(
        [
            "Two early crossings added", // a heading that is not the title stays, without its marks
            "The new timetable adds two early crossings, see the timetable. Tickets stay at the same price.",
            "DEP 06:10  ARR 06:55",
            "Monday to Friday only",
            "Not on public holidays",
        ], article.Paragraphs);
        Assert.DoesNotContain("ferry.jpg", article.Body);
        Assert.DoesNotContain("---", article.Body);
    }

    [Fact]
    public void Markdown_WithInvalidYaml_IsReadFromItsTextWithAWarning()
    {
        var result = Assert.Single(Read("markdown/bad-yaml.md"));

        var article = result.Article!;
        Assert.Equal("Water main bursts on Mill Street", article.Title); // the heading, the front matter being unusable
        Assert.Equal(["Mill Street is closed while crews repair a burst water main."], article.Paragraphs);
        Assert.Null(article.Date);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PathOf("markdown/bad-yaml.md"), warning.Path);
        Assert.StartsWith("front matter ignored, not valid YAML (line 2: ", warning.Reason);
    }

    [Fact]
    public void Markdown_WithoutFrontMatter_TitlesByItsFirstHeading()
    {
        var (article, warnings) = ReadOne("markdown/no-front-matter.md");

        Assert.Empty(warnings);
        Assert.Equal("Library news", article.Title); // a setext heading
        Assert.Equal(["The reading room reopens on Monday after new lighting was fitted.", "Opening hours", "Weekdays from nine to six."], article.Paragraphs);
        Assert.Null(article.Source);
    }

    [Fact]
    public void Markdown_WithoutAnyHeading_TitlesByItsFirstSentence()
    {
        using var folder = new TempFolder("front-matter-");
        var path = folder.Write("plain.md", "---\nsource: X\n---\nThe *first* sentence. The second.\n");

        var article = Assert.Single(new MarkdownReader().Read(path, "plain")).Article!;

        Assert.Equal("The first sentence.", article.Title);
        Assert.Equal("X", article.Source);
    }

    [Fact]
    public void Text_WithFrontMatter_TakesItsFieldsAndReadsTheRestAsText()
    {
        var (article, warnings) = ReadOne("markdown/front-matter.txt");

        Assert.Empty(warnings);
        Assert.Equal("Allotment waiting list shrinks", article.Title); // "headline"
        Assert.Equal(TestArticle.Utc(2023, 3, 12), article.Date); // "published"
        Assert.Equal("Garden Notes", article.Source);
        Assert.Equal(["Eve Marsh"], article.Authors); // "byline"
        Assert.Equal(["Community"], article.Keywords["category"]);
        Assert.Equal(["The waiting list for allotments is half what it was a year ago.", "Twelve new plots opened on the old rail yard."], article.Paragraphs);
    }

    [Fact]
    public void Text_OpeningWithRulesAroundProse_IsNoFrontMatter()
    {
        var (article, warnings) = ReadOne("markdown/rules-not-front-matter.txt");

        Assert.Empty(warnings);
        Assert.Contains("Just a text that opens with a rule.", article.Body + article.Title);
        Assert.Contains("The rules are part of the text", article.Body);
    }

    [Fact]
    public void FrontMatter_WithAbsurdOrUnreadableDate_WarnsLikeJson()
    {
        using var folder = new TempFolder("front-matter-");
        var absurd = folder.Write("a.md", "---\ndate: 0001-01-01\n---\nText.\n");
        var unreadable = folder.Write("b.md", "---\ndate: last week\n---\nText.\n");
        var reader = new MarkdownReader(Options);

        var first = Assert.Single(reader.Read(absurd, "a"));
        var second = Assert.Single(reader.Read(unreadable, "b"));

        Assert.Equal(["date 0001-01-01 looks wrong; kept as given"], Reasons(first.Warnings));
        Assert.Equal(["unreadable date \"last week\" kept as unknown"], Reasons(second.Warnings));
        Assert.Null(second.Article!.Date);
    }

    [Fact]
    public void FrontMatter_WithTitleSameAsTheHeading_DoesNotRepeatItInTheBody()
    {
        using var folder = new TempFolder("front-matter-");
        var path = folder.Write("a.md", "---\ntitle: Same title\n---\n# Same title\n\nBody.\n");

        var article = Assert.Single(new MarkdownReader().Read(path, "a")).Article!;

        Assert.Equal("Same title", article.Title);
        Assert.Equal(["Body."], article.Paragraphs);
    }

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("a.MARKDOWN", true)]
    [InlineData("a.txt", false)]
    [InlineData("a.md.gz", false)]
    public void CanRead_JudgesByMarkdownExtension(string path, bool expected)
    {
        Assert.Equal(expected, new MarkdownReader().CanRead(path));
    }
}
