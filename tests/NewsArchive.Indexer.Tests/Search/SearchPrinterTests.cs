using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary>The terminal form of results: bold matches at a terminal, and nothing from an article that can restyle it.</summary>
public sealed class SearchPrinterTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    private const string Bold = "\u001b[1m", NotBold = "\u001b[22m";

    private SearchResults Search(string query)
    {
        using var analyzer = ArchiveAnalyzer.Create();
        using var archive = ArchiveIndex.Open(index.IndexPath);
        return new ArchiveSearcher(archive, analyzer).Search(new SearchRequest { Query = query });
    }

    private static string Print(SearchResults results, bool markMatches)
    {
        var output = new StringWriter();
        new SearchPrinter(output, markMatches).Print(results);
        return output.ToString();
    }

    [Fact]
    public void MarkMatches_PutsTheMatchedWordsInBold()
    {
        var output = Print(Search("Tleuberdi"), markMatches: true);

        Assert.Contains($"Mukhtar {Bold}Tleuberdi{NotBold}.", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Bold}Mukhtar", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkMatches_AlsoInTheTitle()
    {
        var output = Print(Search("central bank"), markMatches: true);

        Assert.Contains($"{Bold}Central{NotBold} {Bold}bank{NotBold} raises rates", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutMarks_TheTextIsTheArticlesOwn()
    {
        var output = Print(Search("Tleuberdi"), markMatches: false);

        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("Mukhtar Tleuberdi.", output);
    }

    [Fact]
    public void ControlCharactersOfAnArticle_AreNotPrinted()
    {
        var results = Search("Tleuberdi");
        var hostile = results.Hits[0] with
        {
            Title = HighlightedText.Plain("Clear\u001b[2J screen\r\nand a second line"),
            Source = "Bell\u0007 News",
        };

        var output = Print(results with { Hits = [hostile] }, markMatches: true);

        // Ordinal: a culture-aware comparison would skip the control characters it is looking for.
        Assert.DoesNotContain("\u001b[2J", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("1. Clear [2J screen and a second line", output);
        Assert.Contains("| Bell News |", output);
    }

    [Fact]
    public void CanMark_AnythingButTheConsole_IsNeverMarked()
    {
        Assert.False(SearchPrinter.CanMark(new StringWriter()));
    }
}
