using static NewsArchive.Indexer.Tests.Search.SearchIndexFixture;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary><c>search</c>: the hits as text, the query language's odd inputs, help.</summary>
public sealed class SearchCommandTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    [Fact]
    public void Text_Query_ListsTheNumberedHits()
    {
        var (exitCode, output, error) = index.Search("Tleuberdi");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Matches(@"^2 matches for ""Tleuberdi"" in \d+ ms, showing 1-2, most relevant first\.$", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("1. ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("2. ", StringComparison.Ordinal));
        Assert.Contains("   2022-01-10 | source unknown | " + S2, lines);
        Assert.Contains("   undated | source unknown | " + S3, lines);
        Assert.Contains(lines, line => line.StartsWith("   …", StringComparison.Ordinal) && line.Contains("Foreign Minister Mukhtar Tleuberdi."));
        Assert.Contains("2. Supporting Kazakhstan To Ensure Stability, Foreign Minister Wang Yi: China And Russia Must Be Against External Power", lines);
    }

    [Fact]
    public void Text_Redirected_MarksNothing()
    {
        var (_, output, _) = index.Search("Tleuberdi");

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain("[Tleuberdi]", output);
    }

    [Fact]
    public void Text_Snippet_IsOneLineWithSingleSpaces()
    {
        var (_, output, _) = index.Search("Tleuberdi");

        Assert.DoesNotContain("  Wang", output);
        Assert.Contains("Mukhtar Tleuberdi. Wang stressed", output);
    }

    [Fact]
    public void Text_HitOfAStory_SaysItsSize()
    {
        var (_, output, _) = index.Search("central bank");

        Assert.Matches(@"(?m)^   Story [0-9a-f]{16}: 2 versions from 2 outlets\r?$", output);
        Assert.Contains("   2023-05-02 | Harbour Wire | " + RateA, output);
    }

    [Fact]
    public void Text_MisspeltQueryAsTyped_SaysDidYouMean()
    {
        var (exitCode, output, _) = index.Search("Kazakstan", "--as-typed");

        Assert.Equal(0, exitCode);
        Assert.Contains("No matches for \"Kazakstan\"", output);
        Assert.Contains("Did you mean \"Kazakhstan\"?", output);
    }

    [Fact]
    public void Text_MisspeltQueryThatFindsNothing_ShowsWhatTheCorrectionFinds_AndSaysSo()
    {
        var (exitCode, output, _) = index.Search("Kazakstan");

        Assert.Equal(0, exitCode);
        Assert.Contains("for \"Kazakhstan\"", output.Split('\n')[0]);
        Assert.Contains("Showing results for \"Kazakhstan\": \"Kazakstan\" found nothing (--as-typed searches it as typed).", output);
    }

    [Fact]
    public void Text_NoMatches_SaysSoAndSucceeds()
    {
        var (exitCode, output, error) = index.Search("zzyzx");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Matches(@"^No matches for ""zzyzx"" in \d+ ms\.\r?\n$", output);
    }

    [Fact]
    public void Text_EmptyQuery_BrowsesNewestFirst()
    {
        var (exitCode, output, _) = index.Search("--limit", "2");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^8 articles in \d+ ms, showing 1-2, newest first\.", output);
        Assert.Contains("1. Central bank lifts its main rate", output);
        Assert.Contains("2. Central bank raises rates", output);
    }

    [Fact]
    public void Text_SecondPage_NumbersOnFromThePreviousPage()
    {
        var (_, output, _) = index.Search("--limit", "3", "--page", "3");

        Assert.Contains("showing 7-8, newest first.", output);
        Assert.Contains("7. ", output);
        Assert.Contains("8. ", output);
    }

    [Fact]
    public void Text_PagePastTheEnd_SaysWhichIsTheLast()
    {
        var (exitCode, output, _) = index.Search("Tleuberdi", "--page", "5");

        Assert.Equal(0, exitCode);
        Assert.Contains("page 5 is past the last page (1).", output);
    }

    public static TheoryData<string> HostileQueries =>
    [
        "\"unbalanced quote",
        "title:",
        "source:",
        "*",
        "((Kazakhstan",
        "AND OR NOT",
        "Kazakh~~2",
        "/regex/",
        "-",
        "\u0000\u001b[2J",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void HostileQuery_IsSearchedWithoutFailing(string query)
    {
        var (exitCode, output, error) = index.Search(query);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Matches(@"^(No matches|\d+ match(es)?) for "".*"" in \d+ ms", output);
    }

    [Fact]
    public void MalformedQuery_IsSearchedAsPlainWordsWithANotice()
    {
        var (exitCode, output, _) = index.Search("Tleuberdi^");

        Assert.Equal(0, exitCode);
        Assert.Contains("It was searched as the plain words: tleuberdi", output);
        Assert.Contains("2 matches", output);
    }

    [Fact]
    public void Help_ShowsTheSearchUsageWithoutTheIndexersArguments()
    {
        var (exitCode, output, _) = SearchIndexFixture.Run("search", "--help");

        Assert.Equal(0, exitCode);
        // The program's name is the test host's here.
        Assert.Matches(@"(?m)^  \S+ search \[<query>\] \[options\]\r?$", output);
        Assert.DoesNotContain("<inputs>", output);
        foreach (var option in new[] { "--index", "--source", "--from", "--to", "--sort", "--seed", "--limit", "--page", "--exact", "--json" })
            Assert.Contains(option, output);
    }

    [Fact]
    public void Help_OfTheIndexer_StillDescribesIndexingAndListsSearch()
    {
        var (exitCode, output, _) = SearchIndexFixture.Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("<inputs>", output);
        Assert.Contains("--rebuild", output);
        Assert.Matches(@"(?m)^\s+search\b", output);
    }
}
