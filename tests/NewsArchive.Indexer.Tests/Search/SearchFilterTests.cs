using static NewsArchive.Indexer.Tests.Search.SearchIndexFixture;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary><c>search</c>'s filters and orders, read from the hits of its JSON output.</summary>
public sealed class SearchFilterTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    [Fact]
    public void Browse_EmptyQueryArgument_IsTheSameAsNone()
    {
        Assert.Equal(index.Ids(), index.Ids(""));
        Assert.Equal(index.Ids(), index.Ids("   "));
    }

    [Fact]
    public void Source_OneOutlet_KeepsOnlyItsArticles()
    {
        Assert.Equal([S1], index.Ids("Kazakhstan", "--source", "TDI"));
    }

    [Fact]
    public void Source_Repeated_KeepsAnyOfThem()
    {
        Assert.Equal([S1, S4], index.Ids("Kazakhstan", "--source", "TDI", "--source", "Global Times").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keyword_OneValue_KeepsOnlyItsArticles()
    {
        Assert.Equal([RateA, RateB], index.Ids("--kw", "topic:markets").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keyword_Repeated_KeepsAnyOfItsValues()
    {
        Assert.Equal([Cocoa, RateA, RateB], index.Ids("--kw", "topic:markets", "--kw", "topic:commodities").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GroupByStory_ListsOneVersionOfAStory_AndCountsStories()
    {
        Assert.Equal(2, index.Ids("central bank").Count);

        using var json = index.SearchJson("central bank", "--group", "story");
        Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(1, json.RootElement.GetProperty("stories").GetInt32());
    }

    [Fact]
    public void Source_Unknown_MatchesNothing()
    {
        Assert.Empty(index.Ids("Kazakhstan", "--source", "Nobody"));
    }

    [Theory]
    [InlineData("2022-01-11", null, new[] { S4 })]
    [InlineData(null, "2022-01-10", new[] { S1, S2 })]
    [InlineData("2022-01-10", "2022-01-10", new[] { S1, S2 })]
    [InlineData("2022-01", "2022-01", new[] { S1, S2, S4 })]
    [InlineData("2022", null, new[] { S1, S2, S4 })]
    [InlineData("2021-12", "2021", new string[0])]
    public void Dates_FromAndTo_KeepTheDaysBetweenThem(string? from, string? to, string[] expected)
    {
        string[] args = ["Kazakhstan", .. from is null ? [] : new[] { "--from", from }, .. to is null ? [] : new[] { "--to", to }];

        Assert.Equal(expected, index.Ids(args).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dates_AYear_CoversAllOfIt()
    {
        Assert.Equal([Cocoa], index.Ids("--to", "1987"));
        Assert.Equal([RateB, RateA], index.Ids("--from", "2023"));
    }

    [Fact]
    public void Sort_Oldest_PutsTheEarliestFirst()
    {
        var ids = index.Ids("--sort", "oldest");

        Assert.Equal(Cocoa, ids[0]);
        Assert.Equal([S1, S2], ids.Skip(1).Take(2).Order(StringComparer.Ordinal)); // the same day
        Assert.Equal([S4, RateA, RateB], ids.Skip(3).Take(3));
        Assert.Equal([S0, S3], ids.Skip(6).Order(StringComparer.Ordinal)); // undated
    }

    [Fact]
    public void Sort_Random_IsTheSameForTheSameSeed_AndListsEveryMatch()
    {
        var all = index.Ids("--sort", "newest", "--limit", "100");

        var sample = index.Ids("--sort", "random", "--seed", "11", "--limit", "100");

        Assert.Equal(sample, index.Ids("--sort", "random", "--seed", "11", "--limit", "100"));
        Assert.Equal(all.Order(StringComparer.Ordinal), sample.Order(StringComparer.Ordinal));
        Assert.Contains("in the random order of seed 11", index.Search("--sort", "random", "--seed", "11").Output);
    }

    [Fact]
    public void Sort_IgnoresCase()
    {
        Assert.Equal(index.Ids("--sort", "newest"), index.Ids("--sort", "NEWEST"));
    }

    [Fact]
    public void Sort_Newest_OrdersAQueryByDateWithTheUndatedLast()
    {
        var ids = index.Ids("Kazakhstan", "--sort", "newest");

        Assert.Equal(S4, ids[0]);
        Assert.Equal([S1, S2], ids.Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal([S0, S3], ids.Skip(3).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exact_MatchesWordsOnlyAsTyped()
    {
        Assert.Equal([S0, S3, S4], index.Ids("protest").Order(StringComparer.Ordinal));
        Assert.Equal([S4], index.Ids("protest", "--exact"));
    }
}
