using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// A search does a bounded amount of work whatever the archive holds: it stops at its time
/// budget with what it has and says so, stops when its reader leaves, and highlights a huge
/// article of matching words in milliseconds, not the minutes its quadratic passage choice took.
/// </summary>
public sealed class SearchBoundsTests : IDisposable
{
    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose() => analyzer.Dispose();

    /// <summary>"word1a word1b …": every word a different one starting with word1, like the attack's article.</summary>
    private static string DistinctWords(int length)
    {
        var text = new StringBuilder(length + 20);
        for (var n = 0; text.Length < length; n++) text.Append("word1").Append(Convert.ToString(n, 16).Replace('0', 'g')).Append(' ');
        return text.ToString();
    }

    private QueryTermMatcher Matcher(string query) => new(UserQueryParser.Parse(query, analyzer).Query);

    [Fact]
    public void Search_WithItsTimeBudgetSpent_AnswersWithWhatItHasAndSaysSo()
    {
        using var archive = new SmallArchive(TestArticle.Make("a", body: "Cocoa prices rose."), TestArticle.Make("b", body: "Cocoa prices fell."));
        var spent = new ArchiveSearcher(archive.Index, analyzer, new SearchBounds { TimeBudget = TimeSpan.Zero });

        var results = spent.Search(new SearchRequest { Query = "cocoa" });

        Assert.Equal(SearchResults.StoppedCounting, results.Stopped);
        Assert.InRange(results.Total, 0, 2);
        Assert.Null(archive.Search(new SearchRequest { Query = "cocoa" }).Stopped);
        Assert.Equal(2, archive.Search(new SearchRequest { Query = "cocoa" }).Total);
    }

    [Fact]
    public void Search_WhenItsReaderHasLeft_StopsWithACancellation()
    {
        using var archive = new SmallArchive(TestArticle.Make("a", body: "Cocoa prices rose."));
        using var left = new CancellationTokenSource();
        left.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => archive.Searcher.Search(new SearchRequest { Query = "cocoa" }, left.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => archive.Searcher.Search(new SearchRequest { Query = "cocoa", OnePerStory = true }, left.Token));
    }

    [Fact]
    public async Task Snippet_OfTenMegabytesOfMatchingWords_TakesLessThanASecondAndMarksItsOpening()
    {
        var text = DistinctWords(10_000_000);
        var highlighter = new TextHighlighter(analyzer);
        var matcher = Matcher("word1*");

        var clock = Stopwatch.StartNew();
        // On a thread of its own: without bounds this runs for many minutes, and the test must fail, not hang.
        var snippet = await Task.Run(() => highlighter.Snippet(ArchiveSchema.Body, text, matcher)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.StartsWith("word1", snippet.Segments.First(s => s.IsMatch).Text);
        Assert.Equal(0, snippet.Segments.Count(s => s.Text.Length > 1000));
    }

    [Fact]
    public void Snippets_PastThePagesCharacterBudget_ShowTheirOpeningUnmarked()
    {
        var highlighter = new TextHighlighter(analyzer);
        var bounds = new SearchBounds { SnippetCharacters = 1000, SnippetCharactersPerRequest = 1500 };
        var budget = new SnippetBudget(bounds, SearchDeadline.None);
        var text = "Cocoa prices rose. " + new string('x', 900) + " cocoa";

        var first = highlighter.Snippet(ArchiveSchema.Body, text, Matcher("cocoa"), budget);
        var second = highlighter.Snippet(ArchiveSchema.Body, text, Matcher("cocoa"), budget);
        var third = highlighter.Snippet(ArchiveSchema.Body, text, Matcher("cocoa"), budget);

        // The whole first text, the opening of the second (where the page's budget ends), none of the third.
        Assert.Equal(2, first.MatchCount);
        Assert.Equal(1, second.MatchCount);
        Assert.Equal(0, third.MatchCount);
        Assert.StartsWith("Cocoa prices rose.", third.PlainText);
    }

    [Fact]
    public void Snippet_OfAnArticleLongerThanItsBound_IsFoundInItsOpeningOnly()
    {
        var text = "A quiet opening. " + new string('x', SearchBounds.Default.SnippetCharacters) + " cocoa at last";

        var snippet = new TextHighlighter(analyzer).Snippet(ArchiveSchema.Body, text, Matcher("cocoa"));

        Assert.Equal(0, snippet.MatchCount);
        Assert.StartsWith("A quiet opening.", snippet.PlainText);
    }

    [Fact]
    public void SloppyPhrase_InAHugePart_StopsWhenCancelled()
    {
        var text = DistinctWords(100_000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new TextHighlighter(analyzer).MarkAll(ArchiveSchema.Body, text, Matcher("\"word1a word1b\"~100000"), cancelled.Token));
    }
}
