using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Queries;

namespace NewsArchive.Core.Tests.Search.Queries;

/// <summary>The query language as Core reads it, without any engine: the tree of each form, and what is refused.</summary>
public class QuerySyntaxTests
{
    [Theory]
    [InlineData("oil prices", "(+oil +prices)")]
    [InlineData("oil", "oil")]
    [InlineData("+oil", "(+oil)")]
    [InlineData("oil OR gas -coal", "(oil gas -coal)")]
    [InlineData("oil AND gas OR coal", "(+oil gas coal)")]
    [InlineData("oil NOT (gas OR coal)", "(+oil -(gas coal))")]
    [InlineData("title:\"talks held\"~2^3", "title:\"talks held\"~2^3")]
    [InlineData("source:(TASS OR Reuters)", "(source:TASS source:Reuters)")]
    [InlineData("immig* wom?n", "(+immig* +wom?n)")]
    [InlineData("protest~1 protest~ protest~0.5", "(+protest~1 +protest~2 +protest~2)")]
    [InlineData("[a TO c] {b TO *}", "(+[a TO c] +{b TO *})")]
    [InlineData("Berlin\\:Step \\u0041b", "(+Berlin:Step +Ab)")]
    [InlineData("oil , gas", "(+oil +gas)")]
    [InlineData("oil^2 (gas coal)^0.5", "(+oil^2 +(+gas +coal)^0.5)")]
    public void Reads_EachForm(string text, string tree) => Assert.Equal(tree, QuerySyntax.Parse(text)!.ToString());

    [Theory]
    [InlineData("...")]
    [InlineData("-- ,")]
    [InlineData("\"\"")]
    public void TextWithoutWords_HasNothingToSearch(string text) => Assert.Null(QuerySyntax.Parse(text));

    [Theory]
    [InlineData("oil AND")]
    [InlineData("(oil")]
    [InlineData("oil^")]
    [InlineData("[a TO")]
    [InlineData("oil\\")]
    [InlineData("\\u00zz")]
    [InlineData("oil~1.5")]
    [InlineData("/oil/")]
    public void Malformed_IsNoQuery(string text) => Assert.Throws<QuerySyntaxException>(() => QuerySyntax.Parse(text));

    [Theory]
    [InlineData("a*", "at least 2 letters")]
    [InlineData("*oil", "cannot begin")]
    [InlineData("o*il", "at least 2 letters before the first wildcard")]
    [InlineData("co*a??????", "at most 5 wildcards")]
    [InlineData("a1* a2* a3* a4* a5* a6* a7* a8* a9* a10~ [a TO b]", "at most 10 words")]
    public void Costly_IsRefused(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<QueryRefusedException>(() => QuerySyntax.Parse(text)).Message);

    [Fact]
    public void SameExpandingWordTwice_CountsOnce()
    {
        var words = string.Join(' ', Enumerable.Repeat("oil*", QueryText.MaxExpandingWords + 5));

        Assert.NotNull(QuerySyntax.Parse(words));
    }

    [Fact]
    public void ShortFuzzyWord_IsKeptForTheEngineToSearchPlainly() =>
        Assert.Equal(new FuzzyNode(null, "ab", QuerySyntax.MaxEdits), QuerySyntax.Parse("ab~"));

    [Fact]
    public void ExclusionsOnly_MeanEverythingBut() =>
        Assert.Equal("(-trump +*:*)", UserQuery.Read("-trump").Root.ToString());

    [Fact]
    public void Refused_IsSearchedAsPlainWords_SayingWhy()
    {
        var read = UserQuery.Read("a* oil");

        Assert.Equal("(+a +oil)", read.Root.ToString());
        Assert.True(read.IsPlainWords);
        Assert.Contains("at least 2 letters", read.Notice);
        Assert.Contains("searched as the plain words: a oil", read.Notice);
    }

    [Fact]
    public void PastedHeadline_IsReadAsItsWords() =>
        Assert.Equal("(+charlottesville +ceos +quit)", UserQuery.Read("Charlottesville: CEOs quit").Root.ToString().ToLowerInvariant());

    [Fact]
    public void Empty_IsEverything() => Assert.IsType<MatchAllNode>(UserQuery.Read("  ").Root);

    [Fact]
    public void NoWords_MatchNothing_SayingSo()
    {
        var read = UserQuery.Read("?!");

        Assert.Equal(new BooleanNode([]).ToString(), read.Root.ToString());
        Assert.Equal("Your search has no words to look for.", read.Notice);
    }
}
