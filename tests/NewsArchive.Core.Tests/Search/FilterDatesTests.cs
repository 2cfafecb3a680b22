using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>A date filter's ends written as a day, a month or a year; a month or year spans all its days.</summary>
public sealed class FilterDatesTests
{
    [Theory]
    [InlineData("2022-01-10", "2022-01-10", "2022-01-10")]
    [InlineData("2022-01", "2022-01-01", "2022-01-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("1987", "1987-01-01", "1987-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("0001-01-01", "0001-01-01", "0001-01-01")]
    public void Parse_DayMonthOrYear_GivesItsFirstAndLastDay(string text, string first, string last)
    {
        Assert.True(FilterDates.TryParseFrom(text, out var from));
        Assert.True(FilterDates.TryParseTo(text, out var to));

        Assert.Equal(DateOnly.Parse(first), from);
        Assert.Equal(DateOnly.Parse(last), to);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2022-13-45")]
    [InlineData("2022-02-30")]
    [InlineData("2022-1-1")]
    [InlineData("2022-1")]
    [InlineData("01/10/2022")]
    [InlineData("22")]
    [InlineData("022")]
    [InlineData("20220")]
    [InlineData("0000")]
    [InlineData("2022-13")]
    [InlineData(" 2022")]
    [InlineData("2022-01-10T00:00")]
    public void Parse_AnythingElse_Fails(string? text)
    {
        Assert.False(FilterDates.TryParseFrom(text, out _));
        Assert.False(FilterDates.TryParseTo(text, out _));
    }
}
