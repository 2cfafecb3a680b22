using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>
/// Dates in metadata: read in the common forms, unknown (with a warning) when unreadable or
/// ambiguous, kept but flagged when they cannot be a news article's.
/// </summary>
public class DateFieldTests
{
    private static readonly Dictionary<string, ReadResult> Results =
        Read("dates/dates.jsonl").ToDictionary(r => r.Article!.Id);

    private static DateTimeOffset? DateOf(string id) => Results[id].Article!.Date;

    private static List<string> WarningsOf(string id) => Reasons(Results[id].Warnings);

    [Fact]
    public void Read_EveryLineIsAnArticle_WhateverItsDate()
    {
        Assert.Equal(11, Results.Count);
        Assert.All(Results.Values, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Read_IsoAndRfc1123_AreReadWithoutWarnings()
    {
        Assert.Equal(TestArticle.Utc(2022, 1, 10, 15, 30), DateOf("d-iso"));
        Assert.Equal(TestArticle.Utc(2022, 1, 10, 10), DateOf("d-rfc"));
        Assert.Empty(WarningsOf("d-iso"));
        Assert.Empty(WarningsOf("d-rfc"));
    }

    [Theory]
    [InlineData("d-year1", "0001-01-01")]
    [InlineData("d-1799", "1799-12-31")]
    [InlineData("d-future", "2050-09-30")]
    public void Read_AbsurdDate_IsKeptAsGivenWithAWarning(string id, string date)
    {
        Assert.Equal(DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateOf(id));
        Assert.Equal([$"date {date} looks wrong; kept as given"], WarningsOf(id));
    }

    [Theory]
    [InlineData("d-words", "sometime last spring")]
    [InlineData("d-noyear", "January 2")] // would be this year's 2 January
    [InlineData("d-ambiguous", "03/04/2021")] // 3 April or 4 March
    [InlineData("d-epoch", "1641038400")]
    public void Read_UnreadableDate_IsUnknownWithAWarning(string id, string given)
    {
        Assert.Null(DateOf(id));
        Assert.Equal([$"unreadable date \"{given}\" kept as unknown"], WarningsOf(id));
    }

    [Fact]
    public void Read_NumericDateThatCanOnlyBeDayFirst_IsRead()
    {
        Assert.Equal(TestArticle.Utc(2021, 4, 13), DateOf("d-dayfirst"));
    }

    [Fact]
    public void Read_NullDate_IsNoDateAndNoWarning()
    {
        Assert.Null(DateOf("d-null"));
        Assert.Empty(WarningsOf("d-null"));
    }

    [Fact]
    public void Read_TodayInAZoneAheadOfUtc_IsNotInTheFuture()
    {
        var tomorrowMorningInTokyo = Now.ToOffset(TimeSpan.FromHours(9)).AddHours(10).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var value = DateFieldParser.Parse(tomorrowMorningInTokyo, Now);

        Assert.NotNull(value.Date);
        Assert.Null(value.Warning);
    }

    [Fact]
    public void Read_WarningsNameTheFileAndLine()
    {
        var warning = Assert.Single(Results["d-year1"].Warnings);

        Assert.Equal(PathOf("dates/dates.jsonl"), warning.Path);
        Assert.Equal(3, warning.Line);
    }
}
