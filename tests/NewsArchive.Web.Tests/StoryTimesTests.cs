using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>How a story page reads its dates: the days it spans, and how long after the first each version came.</summary>
public sealed class StoryTimesTests
{
    [Theory]
    [InlineData("2017-05-09T08:00:00Z", "2017-05-09T20:00:00Z", "9 May 2017")]
    [InlineData("2017-05-09T08:00:00Z", "2017-05-11T00:00:00Z", "9–11 May 2017")]
    [InlineData("2017-04-30T00:00:00Z", "2017-05-02T00:00:00Z", "30 April – 2 May 2017")]
    [InlineData("2016-12-30T00:00:00Z", "2017-01-02T00:00:00Z", "30 December 2016 – 2 January 2017")]
    public void Span_SaysTheMonthAndYearOnceWhereTheyAreShared(string first, string last, string expected)
    {
        Assert.Equal(expected, StoryTimes.Span(DateTimeOffset.Parse(first), DateTimeOffset.Parse(last)));
    }

    [Theory]
    [InlineData("2017-05-09T08:00:00Z", "2017-05-09T08:25:00Z", "+25 min")]
    [InlineData("2017-05-09T08:00:00Z", "2017-05-09T11:30:00Z", "+3 h")]
    [InlineData("2017-05-09T08:00:00Z", "2017-05-10T09:00:00Z", "+1 day")]
    [InlineData("2017-05-09T23:00:00Z", "2017-05-10T01:00:00Z", "+2 h")]
    // A date alone (midnight UTC) is counted in calendar days, whatever the other's time.
    [InlineData("2017-05-09T23:00:00Z", "2017-05-10T00:00:00Z", "+1 day")]
    [InlineData("2017-05-09T00:00:00Z", "2017-05-09T00:00:00Z", "same day")]
    [InlineData("2017-05-09T00:00:00Z", "2017-05-12T00:00:00Z", "+3 days")]
    public void After_GivesHoursWhereBothTimesAreKnown_ElseDays(string first, string date, string expected)
    {
        Assert.Equal(expected, StoryTimes.After(DateTimeOffset.Parse(first), DateTimeOffset.Parse(date)));
    }

    [Fact]
    public void After_AnUndatedVersion_IsNothing()
    {
        Assert.Null(StoryTimes.After(DateTimeOffset.Parse("2017-05-09T08:00:00Z"), null));
    }
}
