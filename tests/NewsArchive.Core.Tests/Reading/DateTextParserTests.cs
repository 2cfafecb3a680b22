using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

public class DateTextParserTests
{
    [Theory]
    [InlineData("10 January 2022", 0, 0)]
    [InlineData("10th January, 2022", 0, 0)]
    [InlineData("January 10, 2022", 0, 0)]
    [InlineData("Jan 10, 2022", 0, 0)]
    [InlineData("Jan. 10 2022", 0, 0)]
    [InlineData("Monday, January 10, 2022", 0, 0)]
    [InlineData("2022-01-10", 0, 0)]
    [InlineData("Jan 10, 2022 01:15 AM", 1, 15)]
    [InlineData("Jan 10, 2022 12:05 AM", 0, 5)]
    [InlineData("Jan 10, 2022 12:05 p.m.", 12, 5)]
    [InlineData("10 January 2022 18:40 GMT", 18, 40)]
    [InlineData("2022-01-10T08:30:00Z", 8, 30)]
    [InlineData("2022-01-10 08:30", 8, 30)]
    [InlineData("2022-01-10T10:30:00+02:00", 8, 30)]
    public void TryParse_CommonForm_GivesUtcDate(string text, int hour, int minute)
    {
        Assert.True(DateTextParser.TryParse(text, out var date));
        Assert.Equal(new DateTimeOffset(2022, 1, 10, hour, minute, 0, TimeSpan.Zero), date);
        Assert.Equal(TimeSpan.Zero, date.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("January 2")]
    [InlineData("late Monday")]
    [InlineData("on January 10, 2022")]
    [InlineData("January 10, 2022 in the capital")]
    [InlineData("30 February 2022")]
    [InlineData("2022-13-01")]
    [InlineData("Jan 10, 2022 13:15 PM")]
    [InlineData("Jan 10, 2022 25:00")]
    [InlineData("10/01/2022")]
    [InlineData("Smarch 10, 2022")]
    public void TryParse_NotExactlyOneDate_Fails(string? text)
    {
        Assert.False(DateTextParser.TryParse(text, out _));
    }
}
