using System.Text.Json;
using static NewsArchive.Indexer.Tests.Search.SearchIndexFixture;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary><c>search --json</c>: one document on standard output, with the web API's field names.</summary>
public sealed class SearchJsonTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    [Fact]
    public void Json_Query_HasTheResultsFields()
    {
        using var json = index.SearchJson("Tleuberdi");
        var root = json.RootElement;

        Assert.Equal("Tleuberdi", root.GetProperty("query").GetString());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("stories").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("pageSize").GetInt32());
        Assert.True(root.GetProperty("milliseconds").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("suggestion").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("notice").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("narrowed").ValueKind);
        Assert.Equal([S2, S3], root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_Hit_HasItsFieldsWithAPlainTextSnippet()
    {
        using var json = index.SearchJson("Tleuberdi");
        var hit = Hit(json, S2);

        Assert.Equal(["id", "title", "source", "date", "url", "snippet", "story"], hit.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("As a permanent comprehensive strategic partner of Kazakhstan", hit.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("story").ValueKind);
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("Foreign Minister Mukhtar Tleuberdi", snippet);
        Assert.DoesNotContain("<mark>", snippet);
    }

    [Fact]
    public void Json_Date_IsIso8601OrNull()
    {
        using var json = index.SearchJson("Tleuberdi");

        var dated = Hit(json, S2).GetProperty("date");
        Assert.Equal("2022-01-10T00:00:00+00:00", dated.GetString());
        Assert.Equal(new DateTimeOffset(2022, 1, 10, 0, 0, 0, TimeSpan.Zero), dated.GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, Hit(json, S3).GetProperty("date").ValueKind);
    }

    [Fact]
    public void Json_Url_IsTheArticlesOriginalAddress()
    {
        using var json = index.SearchJson("cocoa");
        var hit = Hit(json, Cocoa);

        Assert.Equal(CocoaUrl, hit.GetProperty("url").GetString());
        Assert.Equal("Reuters", hit.GetProperty("source").GetString());
        Assert.Equal("1987-03-02T00:00:00+00:00", hit.GetProperty("date").GetString());
    }

    [Fact]
    public void Json_HitOfAStory_HasItsIdSizeAndOutlets()
    {
        using var json = index.SearchJson("central bank");
        var root = json.RootElement;

        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("stories").GetInt32());
        var a = Hit(json, RateA).GetProperty("story");
        var b = Hit(json, RateB).GetProperty("story");
        Assert.Equal(["id", "size", "outlets"], a.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[0-9a-f]{16}$", a.GetProperty("id").GetString());
        Assert.Equal(a.GetProperty("id").GetString(), b.GetProperty("id").GetString());
        Assert.Equal(2, a.GetProperty("size").GetInt32());
        Assert.Equal(2, a.GetProperty("outlets").GetInt32());
    }

    [Fact]
    public void Json_MisspeltQuery_SuggestsTheArchivesSpelling()
    {
        using var json = index.SearchJson("Kazakstan", "--as-typed");

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("Kazakhstan", json.RootElement.GetProperty("suggestion").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("correctedFrom").ValueKind);
    }

    [Fact]
    public void Json_MisspeltQueryThatFindsNothing_IsAnsweredForTheCorrection()
    {
        using var json = index.SearchJson("Kazakstan");

        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Equal("Kazakhstan", json.RootElement.GetProperty("query").GetString());
        Assert.Equal("Kazakstan", json.RootElement.GetProperty("correctedFrom").GetString());
    }

    [Fact]
    public void Json_NoMatches_HasTotalZeroAndNoHits()
    {
        using var json = index.SearchJson("zzyzx");

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public void Json_EmptyQuery_BrowsesNewestFirstWithANullQuery()
    {
        using var json = index.SearchJson();

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("query").ValueKind);
        Assert.Equal(ArticleCount, json.RootElement.GetProperty("total").GetInt32());
        var dates = json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("date")).Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetDateTimeOffset()).ToList();
        Assert.Equal(6, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Json_LimitAndPage_AreThePageSizeAndPage()
    {
        using var json = index.SearchJson("--limit", "3", "--page", "2");

        Assert.Equal(2, json.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("hits").GetArrayLength());
        Assert.Equal(ArticleCount, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Json_TextOutsideAscii_IsWrittenAsItIs()
    {
        var (_, output, _) = index.Search("firmly support", "--json");

        Assert.Contains("“firmly support”", output);
    }

    [Theory]
    [MemberData(nameof(SearchCommandTests.HostileQueries), MemberType = typeof(SearchCommandTests))]
    public void Json_HostileQuery_IsStillOneDocument(string query)
    {
        using var json = index.SearchJson(query);

        Assert.Equal(query.Trim(), json.RootElement.GetProperty("query").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public void Json_UnreadableQuery_HasANotice()
    {
        using var json = index.SearchJson("Tleuberdi^");

        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.EndsWith("It was searched as the plain words: tleuberdi", json.RootElement.GetProperty("notice").GetString());
    }

    private static JsonElement Hit(JsonDocument json, string id) =>
        Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == id);
}
