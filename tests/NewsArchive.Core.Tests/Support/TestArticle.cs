using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Tests.Support;

/// <summary>Short ways to make test articles.</summary>
public static class TestArticle
{
    public static Article Make(string id, string title = "A title", string body = "A body.", DateTimeOffset? date = null,
        string? source = null) =>
        new() { Id = id, Title = title, Body = body, Date = date, Source = source };

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
