using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>How the fields of one JSON Lines object become an <see cref="Article"/>.</summary>
public sealed class JsonArticleFieldsTests : IDisposable
{
    private readonly TempFolder folder = new("json-fields-");

    public void Dispose() => folder.Dispose();

    private Article ReadOne(string json)
    {
        var path = folder.Write($"{Guid.NewGuid():N}.jsonl", json);
        var result = Assert.Single(new JsonFileReader().Read(path, "file"));
        Assert.Null(result.Problem);
        return result.Article!;
    }

    [Fact]
    public void Read_AllScalarFields_AreMapped()
    {
        var article = ReadOne("""
            {"id": "r-1", "title": "  BAHIA COCOA REVIEW ", "body": "First.\n\nSecond.", "source": "Reuters",
             "dateline": "SALVADOR, Feb 26", "url": "https://example.com/1", "authors": ["Ann Lee", "Bo Chen"]}
            """.ReplaceLineEndings(" "));

        Assert.Equal("r-1", article.Id);
        Assert.Equal("BAHIA COCOA REVIEW", article.Title);
        Assert.Equal("First.\n\nSecond.", article.Body);
        Assert.Equal(["First.", "Second."], article.Paragraphs);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal("SALVADOR, Feb 26", article.Dateline);
        Assert.Equal("https://example.com/1", article.Url);
        Assert.Equal(["Ann Lee", "Bo Chen"], article.Authors);
        Assert.Empty(article.Keywords);
    }

    [Fact]
    public void Read_KeywordArrays_BecomeKeywordListsByName()
    {
        var article = ReadOne("""
            {"id": "r-1", "title": "T", "body": "B", "topics": ["cocoa", "coffee"], "places": ["brazil"], "people": []}
            """);

        Assert.Equal(["places", "topics"], article.Keywords.Keys.Order());
        Assert.Equal(["cocoa", "coffee"], article.Keywords["topics"]);
        Assert.Equal(["brazil"], article.Keywords["places"]);
    }

    [Fact]
    public void Read_KeywordArrays_DropBlanksDuplicatesAndNonStrings_AndLowercaseTheListName()
    {
        var article = ReadOne("""
            {"id": "r-1", "title": "T", "body": "B", "Topics": ["cocoa", " cocoa ", "", 7, null, "sugar"], "orgs": [1, 2]}
            """);

        Assert.Equal(["topics"], article.Keywords.Keys);
        Assert.Equal(["cocoa", "sugar"], article.Keywords["topics"]);
    }

    [Fact]
    public void Read_SingleAuthorString_IsOneAuthorNotAKeyword()
    {
        var article = ReadOne("""{"id": "r-1", "title": "T", "body": "B", "authors": "Ann Lee"}""");

        Assert.Equal(["Ann Lee"], article.Authors);
        Assert.Empty(article.Keywords);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public void Read_EmptyTitle_TakesHeadlineFromTheBody(string title)
    {
        var article = ReadOne($$"""
            {"id": "r-1", "title": {{title}}, "body": "Cocoa prices rose sharply on Monday. Traders said more was to come.\n\nSecond paragraph."}
            """);

        Assert.Equal("Cocoa prices rose sharply on Monday.", article.Title);
    }

    [Fact]
    public void Read_EmptyTitleAndLongFirstSentence_ShortensTheHeadline()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("word", 60));
        var article = ReadOne($$"""{"id": "r-1", "title": "", "body": "{{sentence}}."}""");

        Assert.True(article.Title.Length <= Headline.MaxLength, article.Title);
        Assert.EndsWith("…", article.Title);
    }

    [Theory]
    [InlineData("1987-02-26T15:01:01Z", "1987-02-26T15:01:01Z")]
    [InlineData("2022-01-10T15:30:00+05:00", "2022-01-10T10:30:00Z")]
    [InlineData("2022-01-10T23:30:00-05:00", "2022-01-11T04:30:00Z")]
    [InlineData("2022-01-10T15:30:00", "2022-01-10T15:30:00Z")]
    [InlineData("2022-01-10", "2022-01-10T00:00:00Z")]
    [InlineData("2022-01-10T15:30:00.123Z", "2022-01-10T15:30:00.123Z")]
    public void Read_IsoDate_IsTheSameInstantInUtc(string json, string expected)
    {
        var article = ReadOne($$"""{"id": "r-1", "title": "T", "body": "B", "date": "{{json}}"}""");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Date);
        Assert.Equal(TimeSpan.Zero, article.Date!.Value.Offset);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"not a date\"")]
    [InlineData("12345")]
    public void Read_MissingOrUnreadableDate_IsNull(string date)
    {
        var article = ReadOne($$"""{"id": "r-1", "title": "T", "body": "B", "date": {{date}}}""");

        Assert.Null(article.Date);
    }
}
