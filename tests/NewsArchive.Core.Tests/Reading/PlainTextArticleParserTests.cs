using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

public class PlainTextArticleParserTests
{
    private static readonly DateTimeOffset Jan10 = new(2022, 1, 10, 0, 0, 0, TimeSpan.Zero);

    private const string Story =
        "The ministry said talks would resume next week. Officials declined to comment further.\n\nA second paragraph follows.";

    [Fact]
    public void Parse_ShortFirstLine_IsTitleAndLeavesTheBody()
    {
        var article = PlainTextArticleParser.Parse("a", "Talks to resume next week\n\n" + Story);

        Assert.Equal("a", article.Id);
        Assert.Equal("Talks to resume next week", article.Title);
        Assert.Equal(
            "The ministry said talks would resume next week. Officials declined to comment further.\n\nA second paragraph follows.",
            article.Body);
    }

    [Fact]
    public void Parse_NoTitleLine_TitlesByFirstSentenceAndKeepsAllText()
    {
        var article = PlainTextArticleParser.Parse("a", Story);

        Assert.Equal("The ministry said talks would resume next week.", article.Title);
        Assert.StartsWith("The ministry said talks would resume next week. Officials", article.Body);
    }

    [Fact]
    public void Parse_LongFirstSentence_ShortensTitleAtAWordWithEllipsis()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("Negotiators", 20)) + ".";

        var article = PlainTextArticleParser.Parse("a", sentence + "\n\nMore.");

        Assert.EndsWith("Negotiators…", article.Title);
        Assert.True(article.Title.Length <= 120);
        Assert.Equal(sentence + "\n\nMore.", article.Body);
    }

    [Fact]
    public void Parse_ShortFirstLineEndingInAFullStop_IsAParagraphNotATitle()
    {
        var article = PlainTextArticleParser.Parse("a", "The talks failed.\n\nBoth sides left.");

        Assert.Equal("The talks failed.", article.Title);
        Assert.Equal("The talks failed.\n\nBoth sides left.", article.Body);
    }

    [Fact]
    public void Parse_SingleShortLine_IsBothTitleAndBody()
    {
        var article = PlainTextArticleParser.Parse("a", "Talks to resume");

        Assert.Equal("Talks to resume", article.Title);
        Assert.Equal("Talks to resume", article.Body);
    }

    [Fact]
    public void Parse_EmptyText_GivesEmptyArticleWithoutThrowing()
    {
        var article = PlainTextArticleParser.Parse("a", "  \n ");

        Assert.Equal("", article.Title);
        Assert.Equal("", article.Body);
        Assert.Null(article.Date);
    }

    [Theory]
    [InlineData("Beijing, 10 January 2022 (TDI): The talks began.", "Beijing", "TDI")]
    [InlineData("Beijing, January 10, 2022 (Reuters) - The talks began.", "Beijing", "Reuters")]
    [InlineData("BEIJING, Jan 10, 2022 (AP) — The talks began.", "BEIJING", "AP")]
    [InlineData("KYIV, Ukraine, 2022-01-10 (AFP) -- The talks began.", "KYIV", "AFP")]
    [InlineData("Rio de Janeiro, 10 Jan. 2022: The talks began.", "Rio de Janeiro", null)]
    public void Parse_DatelineWithDate_InfersDatePlaceAndAgency(string text, string place, string? source)
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\n" + text);

        Assert.Equal(Jan10, article.Date);
        Assert.Equal(place, article.Dateline);
        Assert.Equal(source, article.Source);
        Assert.Equal(text, article.Body); // the dateline stays in the text
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The talks began.", "WASHINGTON", "AP")]
    [InlineData("BEIJING, Jan. 10 (Xinhua) -- The talks began.", "BEIJING", "Xinhua")]
    [InlineData("JAKARTA - The talks began.", "JAKARTA", null)]
    [InlineData("JAKARTA — The talks began.", "JAKARTA", null)]
    public void Parse_DatelineWithoutYear_InfersPlaceAndAgencyButNoDate(string text, string place, string? source)
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\n" + text);

        Assert.Null(article.Date);
        Assert.Equal(place, article.Dateline);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void Parse_DatelineOnFirstParagraph_IsLeftOutOfTheTitle()
    {
        var article = PlainTextArticleParser.Parse("a", "Beijing, 10 January 2022 (TDI): The talks began. They went well.");

        Assert.Equal("The talks began.", article.Title);
        Assert.Equal("Beijing, 10 January 2022 (TDI): The talks began. They went well.", article.Body);
    }

    [Theory]
    [InlineData("Officials said: the talks began.")]
    [InlineData("UPDATE: The talks began.")]
    [InlineData("Beijing: The talks began.")]
    [InlineData("Beijing (file photo): The talks began.")]
    [InlineData("The Russian-led alliance - as it is known - sent troops.")]
    public void Parse_OpeningThatOnlyLooksLikeADateline_IsNoDateline(string text)
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\n" + text);

        Assert.Null(article.Dateline);
        Assert.Null(article.Source);
        Assert.Null(article.Date);
    }

    [Theory]
    [InlineData(" date 2022-01-10 The talks began.")]
    [InlineData("date: 2022-01-10 The talks began.")]
    [InlineData("date 2022-01-10\nThe talks began.")]
    public void Parse_LeadingDateMarker_TakesDateAndRemovesOnlyTheMarker(string text)
    {
        var article = PlainTextArticleParser.Parse("a", text);

        Assert.Equal(Jan10, article.Date);
        Assert.Equal("The talks began.", article.Body);
    }

    [Theory]
    [InlineData("Published: Jan 10, 2022", 0, 0)]
    [InlineData("Published: Jan 10, 2022 01:15 AM", 1, 15)]
    [InlineData("Published: January 10, 2022 1:15 PM", 13, 15)]
    [InlineData("Published on 10 January 2022", 0, 0)]
    [InlineData("Date: 2022-01-10", 0, 0)]
    [InlineData("Posted: 2022-01-10T09:30:00Z", 9, 30)]
    [InlineData("Published: 2022-01-10T17:30:00+08:00", 9, 30)]
    public void Parse_PublishedLine_TakesDateAndRemovesTheLine(string line, int hour, int minute)
    {
        var article = PlainTextArticleParser.Parse("a", $"Talks begin\n{line}\nThe talks began.\n\nThey went well.");

        Assert.Equal(new DateTimeOffset(2022, 1, 10, hour, minute, 0, TimeSpan.Zero), article.Date);
        Assert.Equal(TimeSpan.Zero, article.Date!.Value.Offset);
        Assert.Equal("Talks begin", article.Title);
        Assert.Equal("The talks began.\n\nThey went well.", article.Body);
    }

    [Fact]
    public void Parse_PublishedLineAtTheFoot_TakesDate()
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\nThe talks began.\n\nPublished: 10 January 2022");

        Assert.Equal(Jan10, article.Date);
        Assert.Equal("The talks began.", article.Body);
    }

    [Theory]
    [InlineData("Protests erupted on January 2 and spread.")]
    [InlineData("Protests erupted on January 10, 2022 and spread.")]
    [InlineData("On 10 January 2022 protests erupted.")]
    [InlineData("The minister spoke late Monday.")]
    [InlineData("The report, published: January 10, 2022, was read widely.")]
    [InlineData("Published: sometime last week")]
    public void Parse_DateMentionedInProse_IsNoDate(string text)
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\n" + text + "\n\nThey went well.");

        Assert.Null(article.Date);
        Assert.Contains(text, article.Body);
    }

    [Theory]
    [InlineData("Violence continued, AP reported.\n\n(Inputs from AP)")]
    [InlineData("According to Reuters, the talks began.")]
    [InlineData("The talks began (AP).")]
    public void Parse_AgencyMentionedInProse_IsNoSource(string text)
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\n\n" + text);

        Assert.Null(article.Source);
    }

    [Fact]
    public void Parse_OldMacLineEnds_SplitsParagraphs()
    {
        var article = PlainTextArticleParser.Parse("a", "Talks begin\rThe talks began.\rThey went well.");

        Assert.Equal("Talks begin", article.Title);
        Assert.Equal("The talks began.\n\nThey went well.", article.Body);
    }
}
