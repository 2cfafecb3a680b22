using Lucene.Net.Analysis;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// Snippets of several passages: phrases marked only where the whole phrase stands, the best
/// passages (most different query words first) in text order, and the text always encoded.
/// </summary>
public sealed class PassageSnippetTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Nothing of note happened at the port today.", 8));

    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose() => analyzer.Dispose();

    private QueryTermMatcher Matcher(string query) => new(UserQueryParser.Parse(query, analyzer).Query);

    private HighlightedText Snippet(string query, string body) =>
        new TextHighlighter(analyzer).Snippet(ArchiveSchema.Body, body, Matcher(query));

    private HighlightedText MarkAll(string query, string body) =>
        new TextHighlighter(analyzer).MarkAll(ArchiveSchema.Body, body, Matcher(query));

    private static List<string> Marked(HighlightedText text) =>
        text.Segments.Where(s => s.IsMatch).Select(s => s.Text).ToList();

    private static string[] Passages(HighlightedText text) =>
        text.PlainText.Split(" … ");

    [Fact]
    public void Phrase_IsMarkedOnlyWhereItsWordsStandTogether()
    {
        var marked = Marked(MarkAll("\"verbal message\"",
            "A message came first. Then the verbal message arrived, a verbal note, and another Verbal  Message."));

        Assert.Equal(["verbal message", "Verbal  Message"], marked);
    }

    [Fact]
    public void Phrase_WordsInTheWrongOrder_AreNotMarked()
    {
        Assert.Empty(Marked(MarkAll("\"verbal message\"", "The message was verbal.")));
    }

    [Fact]
    public void PhraseAndOneOfItsWords_MarkThePhraseOnceAndTheWordElsewhere()
    {
        var marked = Marked(MarkAll("message \"verbal message\"", "A message came first. Then the verbal message arrived."));

        Assert.Equal(["message", "verbal message"], marked);
    }

    [Fact]
    public void Snippet_OfManyMatches_IsThreePassagesInTextOrder()
    {
        var body = string.Join(' ', new[] { "cocoa", "sugar", "coffee", "rubber", "tin" }.Select(word => $"{Filler} Traders bought {word} again. {Filler}"));

        var snippet = Snippet("cocoa OR sugar OR coffee OR rubber OR tin", body);

        var passages = Passages(snippet);
        Assert.Equal(TextHighlighter.MaxPassages, passages.Length);
        Assert.StartsWith("…", passages[0]);
        Assert.EndsWith("…", passages[^1]);
        var marked = Marked(snippet);
        Assert.Equal(3, marked.Count);
        var places = marked.Select(word => body.IndexOf($"bought {word}", StringComparison.Ordinal)).ToList();
        Assert.Equal(places.Order(), places);
        Assert.All(passages, p => Assert.True(p.Length <= TextHighlighter.DefaultPassageLength + 1, p));
    }

    [Fact]
    public void Snippet_PrefersThePassagesThatShowMoreOfTheQueryWords()
    {
        // Four passages repeat one word; only the last names both.
        var repeats = string.Concat(Enumerable.Repeat($"{Filler} Cocoa, cocoa and more cocoa. ", 4));
        var body = repeats + Filler + " Cocoa prices rose. " + Filler;

        var snippet = Snippet("cocoa prices", body);

        Assert.Contains("prices", Marked(snippet));
        Assert.Contains("Cocoa prices rose.", snippet.PlainText);
    }

    [Fact]
    public void Snippet_OfTwoWordsFarApart_ShowsAPassageForEach()
    {
        var body = $"{Filler} The cocoa harvest was late. {Filler} {Filler} Sugar rose at the port. {Filler}";

        var snippet = Snippet("cocoa sugar", body);

        Assert.Equal(["cocoa", "Sugar"], Marked(snippet));
        Assert.Equal(2, Passages(snippet).Length);
    }

    [Fact]
    public void Snippet_OfAShortText_IsTheWholeText()
    {
        var snippet = Snippet("cocoa", "Cocoa prices rose.\nSugar fell.");

        Assert.Equal("Cocoa prices rose. Sugar fell.", snippet.PlainText);
        Assert.Equal(["Cocoa"], Marked(snippet));
    }

    [Fact]
    public void Snippet_WithoutAMatch_IsTheOpeningOfTheText()
    {
        var snippet = Snippet("zinc", Filler);

        Assert.Empty(Marked(snippet));
        Assert.StartsWith("Nothing of note", snippet.PlainText);
        Assert.EndsWith("…", snippet.PlainText);
        Assert.True(snippet.PlainText.Length <= TextHighlighter.DefaultPassageLength + 1);
    }

    [Fact]
    public void Snippet_NeverCutsAWord()
    {
        var body = Filler + " The cocoa harvest was late. " + Filler;

        var words = Passages(Snippet("cocoa", body))
            .SelectMany(p => p.Trim('…').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.All(words, word => Assert.Contains(word, body.Split(' ')));
    }

    /// <summary>
    /// The largest slop there is: the other words are looked for across the text, not int.MaxValue
    /// positions either side, which never ended where one of them is missing.
    /// </summary>
    [Theory]
    [InlineData("\"cocoa prices\"~2147483647", "Cocoa farmers met at the port. Prices fell.", new[] { "Cocoa", "Prices" })]
    [InlineData("\"cocoa prices\"~2147483647", "Cocoa farmers met at the port.", new string[0])]
    [InlineData("\"cocoa farmers prices\"~2147483647", "Prices fell. Cocoa rose.", new string[0])]
    public void PhraseWithTheLargestSlop_IsLookedForWithinTheText(string query, string text, string[] expected)
    {
        Assert.Equal(expected, Marked(MarkAll(query, text + " " + Filler)));
    }

    [Theory]
    [InlineData("coco*", "Cocoa")]
    [InlineData("co?oa", "Cocoa")]
    [InlineData("cocao~", "Cocoa")]
    [InlineData("cocoa~1", "Cocoa")]
    [InlineData("protest", "protested")]
    public void PrefixWildcardFuzzyAndOtherForms_AreMarked(string query, string expected)
    {
        var marked = Marked(Snippet(query, "Cocoa farmers protested at the port."));

        Assert.Equal([expected], marked);
    }

    [Fact]
    public void OtherWordForms_AreMarkedBesideTheExactWord()
    {
        Assert.Equal(["protests", "protested", "protest"], Marked(MarkAll("protest", "Big protests: they protested, a protest.")));
    }

    [Fact]
    public void ExactWordsOnly_MarksOnlyTheWordAsTyped()
    {
        var exact = UserQueryParser.Parse("protest", analyzer, wordForms: false).Query;

        var marked = new TextHighlighter(analyzer).MarkAll(ArchiveSchema.Body, "Big protests: they protested, a protest.", new QueryTermMatcher(exact));

        Assert.Equal(["protest"], Marked(marked));
    }

    [Fact]
    public void ExcludedWords_AreNeverMarked()
    {
        Assert.Equal(["cocoa"], Marked(MarkAll("cocoa -sugar", "The cocoa and sugar trade.")));
    }

    [Fact]
    public void Snippet_EncodesTheTextAndAddsOnlyMarks()
    {
        var body = $"{Filler} Traders said cocoa & \"sugar\" <script>alert('x')</script> rose. {Filler} {Filler} More <b>sugar</b> news.";

        var html = Snippet("cocoa sugar", body).ToHtml();

        Assert.Contains("<mark>cocoa</mark> &amp; &quot;<mark>sugar</mark>&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; rose.", html);
        Assert.Contains("&lt;b&gt;<mark>sugar</mark>&lt;/b&gt;", html);
        var unmarked = html.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain('<', unmarked);
        Assert.DoesNotContain('>', unmarked);
    }
}
