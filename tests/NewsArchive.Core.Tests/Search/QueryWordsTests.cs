using NewsArchive.Core.Search.Spelling;

namespace NewsArchive.Core.Tests.Search;

/// <summary>The words of a query that spelling may change, and how a change is written back.</summary>
public class QueryWordsTests
{
    private static IEnumerable<string> Words(string query) => QueryWords.Find(query).Select(w => w.Text);

    [Theory]
    [InlineData("cocoa prices", new[] { "cocoa", "prices" })]
    [InlineData("\"cocoa prices\" wheat", new[] { "cocoa", "prices", "wheat" })]
    [InlineData("cocoa AND wheat OR rice NOT maize", new[] { "cocoa", "wheat", "rice" })]
    [InlineData("cocoa -wheat !rice +maize", new[] { "cocoa", "maize" })]
    [InlineData("source:reuters title:cocoa cocoa", new[] { "cocoa" })]
    [InlineData("title:\"cocoa prices\" wheat", new[] { "wheat" })]
    [InlineData("title:(cocoa prices) -(wheat rice) maize", new[] { "maize" })]
    [InlineData("coco* co?oa cocoa~ cocoa^2 /coc.a/ [a TO b] cocoa", new[] { "cocoa" })]
    [InlineData("cocoa, wheat. (rice)", new[] { "cocoa", "wheat", "rice" })]
    [InlineData("U.S. 1987 Kazakhstan's well-known Tokáyev", new[] { "Tokáyev" })]
    [InlineData("\"cocoa prices\"~3 \"unclosed wheat", new[] { "cocoa", "prices" })]
    public void FindsThePlainWords(string query, string[] expected)
    {
        Assert.Equal(expected, Words(query));
    }

    [Fact]
    public void KnowsWhereEachWordAndItsPhraseAre()
    {
        var query = "wheat \"cocoa prices\"~2 rice";
        var words = QueryWords.Find(query);

        Assert.All(words, w => Assert.Equal(w.Text, query[w.Start..w.End]));
        Assert.False(words[0].InPhrase);
        Assert.Equal("\"cocoa prices\"~2", query[words[1].PhraseStart..words[1].PhraseEnd]);
        Assert.Equal(words[1].PhraseStart, words[2].PhraseStart);
    }

    [Fact]
    public void Replace_ChangesOnlyTheWordsAndMarksThem()
    {
        var query = "+cocao (wheat OR kazakstan)";
        var words = QueryWords.Find(query);

        var suggestion = QueryRewriter.Replace(query, [(words[0], "cocoa"), (words[2], "kazakhstan")]);

        Assert.Equal("+cocoa (wheat OR kazakhstan)", suggestion.Query);
        Assert.Equal(["cocoa", "kazakhstan"], suggestion.Parts.Where(p => p.Corrected).Select(p => p.Text));
        Assert.Equal(suggestion.Query, string.Concat(suggestion.Parts.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("tileuberdi", "(tileuberdi OR tleuberdi)")]
    [InlineData("minister tileuberdi source:xinhua", "minister (tileuberdi OR tleuberdi) source:xinhua")]
    [InlineData("\"minister tileuberdi said\"~2 wheat", "(\"minister tileuberdi said\"~2 OR \"minister tleuberdi said\"~2) wheat")]
    public void Include_WidensTheWord_OrRepeatsItsPhrase(string query, string expected)
    {
        var word = QueryWords.Find(query).Single(w => w.Text == "tileuberdi");

        Assert.Equal(expected, QueryRewriter.Include(query, word, ["tleuberdi"]));
    }

    [Theory]
    [InlineData("kazakstan", "kazakhstan")]
    [InlineData("Kazakstan", "Kazakhstan")]
    [InlineData("KAZAKSTAN", "KAZAKHSTAN")]
    public void MatchCase_WritesTheWordAsTheReaderDid(string typed, string expected)
    {
        Assert.Equal(expected, QueryRewriter.MatchCase(typed, "kazakhstan"));
    }
}
