using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// The words with *, ? or ~ of one query expand together to at most
/// <see cref="ExpansionBudget.MaxTerms"/> terms of the archive: past it a word keeps its most
/// frequent terms and the results say so; an ordinary prefix is searched in full, as before.
/// </summary>
public sealed class ExpansionBudgetTests : IDisposable
{
    /// <summary>Distinct words after each prefix: past a single word's share of the budget (half of it, for title and body).</summary>
    private const int WordsPerPrefix = ExpansionBudget.MaxTerms / 2 + 500;

    private static readonly string[] Prefixes = ["zeta", "zetb", "zetc", "zetd"];

    // The first few words of each prefix are in every article; the rest in one only.
    private const int CommonWords = 40;

    private readonly SmallArchive archive = new(
        TestArticle.Make("all", title: "Many words", body: string.Join(' ', Prefixes.SelectMany(p => Words(p, WordsPerPrefix)))),
        TestArticle.Make("common1", title: "Common words", body: string.Join(' ', Prefixes.SelectMany(p => Words(p, CommonWords)))),
        TestArticle.Make("common2", title: "Common words again", body: string.Join(' ', Prefixes.SelectMany(p => Words(p, CommonWords)))),
        TestArticle.Make("immigration", title: "Immigration reform", body: "Immigration reform passed."),
        TestArticle.Make("immigrants", title: "Immigrants arrive", body: "Immigrants arrived at the border."),
        TestArticle.Make("immigrated", title: "A family story", body: "They immigrated in 1990."),
        TestArticle.Make("other", title: "Cocoa prices", body: "Cocoa prices rose."));

    private readonly Lucene.Net.Analysis.Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose()
    {
        analyzer.Dispose();
        archive.Dispose();
    }

    /// <summary>prefix + a letters-only suffix (the analyzer keeps it one word): zetaaa, zetaab, …</summary>
    private static IEnumerable<string> Words(string prefix, int count) =>
        Enumerable.Range(0, count).Select(n => prefix + (char)('a' + n / 26 / 26 % 26) + (char)('a' + n / 26 % 26) + (char)('a' + n % 26));

    /// <summary>The distinct field:term pairs the query's expanding words are searched for, as the search rewrites them.</summary>
    private IReadOnlySet<string> ExpandedTerms(ParsedQuery parsed)
    {
        using var lease = archive.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ExpandingWords(parsed.Query))
        {
            switch (word.Rewrite(reader))
            {
                case ConstantScoreQuery { Filter: TermsFilter kept }:
                    terms.UnionWith(kept.ToString().Split(' '));
                    break;
                case BooleanQuery { Clauses: var clauses } when clauses.All(c => c.Query is TermQuery):
                    terms.UnionWith(clauses.Select(c => ((TermQuery)c.Query).Term.ToString()));
                    break;
                default:
                    // Lucene's own rewrite, which searches every matching term.
                    if (MultiFields.GetTerms(reader, word.Field) is not { } fieldTerms) break;
                    var matching = word.GetTermsEnum(fieldTerms);
                    while (matching.MoveNext()) terms.Add(word.Field + ":" + matching.Term.Utf8ToString());
                    break;
            }
        }
        return terms;
    }

    private static IEnumerable<MultiTermQuery> ExpandingWords(Query query) => query switch
    {
        MultiTermQuery word => [word],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => ExpandingWords(c.Query)),
        _ => [],
    };

    [Theory]
    [InlineData("zeta*")]
    [InlineData("zeta* zetb* zetc* zetd*")]
    [InlineData("zet?a* zetb* OR zetc*")]
    [InlineData("zeta* zetb* words")]
    [InlineData("[zeta TO zetd]")]
    public void ManyMatchingWords_ExpandTogetherToNoMoreThanTheBudget(string query)
    {
        var parsed = UserQueryParser.Parse(query, analyzer);

        var expanded = ExpandedTerms(parsed);

        Assert.InRange(expanded.Count, 1, ExpansionBudget.MaxTerms);
    }

    [Fact]
    public void ACutWord_KeepsItsMostFrequentTerms()
    {
        var expanded = ExpandedTerms(UserQueryParser.Parse("zeta*", analyzer));

        Assert.Equal(ExpansionBudget.MaxTerms / 2, expanded.Count);
        Assert.All(Words("zeta", CommonWords), word => Assert.Contains("body:" + word, expanded));
    }

    [Fact]
    public void ACutSearch_StillFindsArticlesAndSaysItWasNarrowed()
    {
        var results = archive.Search(new SearchRequest { Query = "zeta* zetb*" });

        Assert.Equal(3, results.Total);
        Assert.NotNull(results.Narrowed);
        Assert.Contains("1,024 most frequent", results.Narrowed);
        Assert.Null(results.Notice);
    }

    [Theory]
    [InlineData("immig*")]
    [InlineData("immig* reform")]
    [InlineData("zetaa*")]
    [InlineData("zetaaa~")]
    [InlineData("imm?gra*")]
    public void AWordWithinItsShare_IsSearchedInFullWithoutANotice(string query)
    {
        var parsed = UserQueryParser.Parse(query, analyzer);
        var results = archive.Search(new SearchRequest { Query = query });

        Assert.Null(results.Narrowed);
        Assert.False(parsed.Expansion.WasCut);
    }

    [Fact]
    public void AnOrdinaryPrefix_FindsEveryArticleWithAWordItBegins()
    {
        var ids = archive.Ids(new SearchRequest { Query = "immig*" });

        Assert.Equal(["immigrants", "immigrated", "immigration"], ids.Order());
    }

    [Fact]
    public void TheBudget_IsSharedAmongThePrefixesLeftAfterFuzzyWords()
    {
        var budget = UserQueryParser.Parse("zeta* zetb~", analyzer).Expansion;

        // zetb~ keeps Lucene's 50 closest terms in each of title and body; the prefix shares the rest.
        Assert.Equal((ExpansionBudget.MaxTerms - 2 * FuzzyQuery.DefaultMaxExpansions) / 2, budget.TermsPerWord);
    }

    [Fact]
    public void MoreExpandingWordsThanAllowed_AreSearchedAsPlainWordsWithANotice()
    {
        var words = Enumerable.Range(0, QueryText.MaxExpandingWords + 1).Select(n => "word" + (char)('a' + n) + "~");

        var parsed = UserQueryParser.Parse(string.Join(' ', words), analyzer);

        Assert.Contains($"at most {QueryText.MaxExpandingWords} words with *, ? or ~", parsed.Notice);
        Assert.Empty(ExpandingWords(parsed.Query));
    }

    [Fact]
    public void RangesOfWords_CountAmongTheExpandingWords()
    {
        var ranges = Enumerable.Range(0, QueryText.MaxExpandingWords + 1).Select(n => $"[{(char)('a' + n)} TO {(char)('b' + n)}]");

        Assert.Contains("ranges", UserQueryParser.Parse(string.Join(' ', ranges), analyzer).Notice);
    }

    [Fact]
    public void AsManyExpandingWordsAsAllowed_AreSearchedAsWritten()
    {
        var words = Enumerable.Range(0, QueryText.MaxExpandingWords).Select(n => "word" + (char)('a' + n) + (n % 2 == 0 ? "~" : "*"));

        // A word repeated, or searched in two fields, counts once.
        var parsed = UserQueryParser.Parse(string.Join(' ', words) + " worda~ title:wordb*", analyzer);

        Assert.Null(parsed.Notice);
    }
}
