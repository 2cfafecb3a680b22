using System.Text;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Reading.Html;

namespace NewsArchive.Core.Tests.Reading.Html;

/// <summary>The reader's handling of files: which it reads, and which it refuses and why.</summary>
public sealed class HtmlArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("html-reader-");

    public void Dispose() => _folder.Dispose();

    private ReadResult ReadBytes(string name, byte[] bytes, HtmlArticleReader? reader = null) =>
        Assert.Single((reader ?? new HtmlArticleReader()).Read(_folder.Write(name, bytes), "page"));

    private ReadResult ReadHtml(string html) => ReadBytes("page.html", Encoding.UTF8.GetBytes(html));

    [Theory]
    [InlineData("page.html", true)]
    [InlineData("dir/PAGE.HTM", true)]
    [InlineData("page.htm", true)]
    [InlineData("page.html.gz", false)]
    [InlineData("page.xhtml", false)]
    [InlineData("page.txt", false)]
    [InlineData("html", false)]
    public void CanRead_JudgesByHtmlExtension(string path, bool expected)
    {
        Assert.Equal(expected, new HtmlArticleReader().CanRead(path));
    }

    [Fact]
    public void Constructor_RejectsANonPositiveLimit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlArticleReader(0));
    }

    [Fact]
    public void Read_GivesOneArticleWithTheFileId()
    {
        var path = _folder.Write("news/story.html", "<title>Talks begin</title><p>The talks began on Monday in the capital.</p>");

        var result = Assert.Single(new HtmlArticleReader().Read(path, "news/story"));

        Assert.Equal("news/story", result.Article!.Id);
        Assert.Equal("Talks begin", result.Article.Title);
        Assert.Equal("The talks began on Monday in the capital.", result.Article.Body);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_IsDeferredUntilEnumerated()
    {
        var results = new HtmlArticleReader().Read(_folder.PathOf("not-yet.html"), "not-yet");
        _folder.Write("not-yet.html", "<title>Written late</title>");

        Assert.Equal("Written late", Assert.Single(results).Article!.Title);
    }

    [Fact]
    public void Read_BinaryFile_IsSkipped()
    {
        var result = ReadBytes("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        Assert.Null(result.Article);
        Assert.Equal("binary file", result.Problem!.Reason);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsSkipped()
    {
        var result = ReadBytes("big.html", Encoding.UTF8.GetBytes("<p>" + new string('x', 3000) + "</p>"), new HtmlArticleReader(maxBytes: 2048));

        Assert.Equal("over the size limit (2 KB)", result.Problem!.Reason);
    }

    [Fact]
    public void Read_MissingFile_IsReportedNotThrown()
    {
        var result = Assert.Single(new HtmlArticleReader().Read(_folder.PathOf("gone.html"), "gone"));

        Assert.StartsWith("unreadable: ", result.Problem!.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void Read_PageWithNeitherTitleNorText_IsSkippedAsEmpty(string html)
    {
        var result = ReadHtml(html);

        Assert.Equal(new ReadProblem(_folder.PathOf("page.html"), null, "empty text"), result.Problem);
    }

    [Fact]
    public void Read_PageWithTitleButNoText_IsReadWithAnEmptyBody()
    {
        var article = ReadHtml("<title>Photo gallery: the spring fair</title><body><figure><img src=a.jpg><figcaption>Rides</figcaption></figure></body>").Article!;

        Assert.Equal("Photo gallery: the spring fair", article.Title);
        Assert.Equal("", article.Body);
    }

    [Fact]
    public void Read_PageWithoutAnyTitle_TakesTheHeadlineFromTheText()
    {
        var article = ReadHtml("<p>Fog closed the airport for six hours on Tuesday. Flights resumed in the evening.</p>").Article!;

        Assert.Equal("Fog closed the airport for six hours on Tuesday.", article.Title);
    }

    [Fact]
    public void Read_PageDeclaringUtf8ButSavedAsWindows1252_StillDecodesAccents()
    {
        var bytes = Encoding.Latin1.GetBytes("<meta charset=\"utf-8\"><title>Caf\u00e9 reopens</title><p>The caf\u00e9 on the square reopened today.</p>");

        var article = ReadBytes("mislabelled.html", bytes).Article!;

        Assert.Equal("Café reopens", article.Title);
    }

    [Fact]
    public void Read_Utf8PageWithBom_IgnoresAContradictingDeclaration()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><title>Zürich</title><p>Text.</p>")];

        var article = ReadBytes("bom.html", bytes).Article!;

        Assert.Equal("Zürich", article.Title);
    }

    [Fact]
    public void Parse_MarkupTooDeepToParseInTime_IsSkippedNotHung()
    {
        // Parsing time grows with the square of the nesting depth: this takes seconds, the budget is 50 ms.
        var html = "<title>Deep</title>" + string.Concat(Enumerable.Repeat("<div>", 30_000)) + "text";

        var result = HtmlArticleParser.Parse(html, "deep.html", "deep", parseBudget: TimeSpan.FromMilliseconds(50));

        Assert.Equal(new ReadProblem("deep.html", null, "markup too complex to parse within 0.05 s"), result.Problem);
    }

    [Fact]
    public void Parse_NestingAsDeepAsRealPagesGo_IsRead()
    {
        var html = "<title>Nested</title>" + string.Concat(Enumerable.Repeat("<div>", 300)) + "<p>Text at the bottom of a deeply nested layout.</p>";

        var article = HtmlArticleParser.Parse(html, "nested.html", "nested").Article!;

        Assert.Equal("Text at the bottom of a deeply nested layout.", article.Body);
    }

    [Fact]
    public void CorpusReaderDefault_ReadsHtmlFiles()
    {
        var path = _folder.Write("site/story.htm", "<title>Bridge reopens</title><article><p>The bridge reopened after repairs to its deck.</p></article>");

        var result = Assert.Single(CorpusReader.Default.ReadFile(new CorpusFile(path, _folder.Path)));

        Assert.Equal("site/story.htm", result.Article!.Id);
        Assert.Equal("Bridge reopens", result.Article.Title);
    }
}
