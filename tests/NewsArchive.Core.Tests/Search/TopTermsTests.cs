using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Terms;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// The words characteristic of a search's matches, checked against counting the articles in
/// memory: in how many matches and how many articles of the archive each word is, the keyness
/// ranking, and what is left out (the query's words and their forms, stop words, numbers,
/// possessives, words in fewer than three matches); past the sample size, the same count over
/// the search's first matches in its random order.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class TopTermsTests(ArchiveFixture archive) : IDisposable
{
    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose() => analyzer.Dispose();

    private List<string> Tokens(string field, string text)
    {
        var words = new List<string>();
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken()) words.Add(term.ToString());
        tokens.End();
        return words;
    }

    /// <summary>The words a list may hold, as the archive splits a body: three letters or more, a letter among them, no apostrophe, no stop word.</summary>
    private HashSet<string> Words(Article article) => Tokens(ArchiveSchema.Body, article.Body)
        .Where(w => w.Length is >= 3 and <= 30 && w.Any(char.IsLetter) && !w.Contains('\'') && !StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(w))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The list worked out by hand: counts over <paramref name="read"/>, ranked by keyness against the archive in memory.</summary>
    private List<TermCount> BruteForce(IReadOnlyCollection<Article> read, string queryWord, int max)
    {
        var inArchive = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in archive.Articles)
            foreach (var word in Words(article))
                inArchive[word] = inArchive.GetValueOrDefault(word) + 1;
        var inRead = read.SelectMany(Words).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var queryStem = Tokens(ArchiveSchema.BodyStem, queryWord).Single();
        return inRead
            .Where(w => w.Value >= TopTerms.MinMatches && w.Key != queryWord && Tokens(ArchiveSchema.BodyStem, w.Key).SingleOrDefault() != queryStem)
            .Select(w => new TermCount(w.Key, w.Value, inArchive[w.Key], Math.Round(Keyness.LogLikelihood(w.Value, read.Count, inArchive[w.Key], archive.Articles.Count), 2)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    [Fact]
    public void UnderTheSampleSize_EveryMatchIsRead_AndTheListIsTheCountByHand()
    {
        var matches = archive.Articles.Where(Search.BruteForce.Word("cocoa")).ToList();

        var terms = archive.Searcher.Terms(new SearchRequest { Query = "cocoa", ExactWords = true }, 30);

        Assert.Equal((matches.Count, matches.Count, false), (terms.Total, terms.Read, terms.Sampled));
        Assert.Equal(BruteForce(matches, "cocoa", 30), terms.Terms);
        Assert.Contains(terms.Terms.Take(10), t => t.Term == "icco");
    }

    [Fact]
    public void PastTheSampleSize_TheFirstMatchesInTheSeedsRandomOrderAreRead()
    {
        var request = new SearchRequest { Query = "oil", ExactWords = true, Seed = 3 };
        var sample = Enumerable.Range(1, TopTerms.MaxRead / SearchRequest.MaxPageSize)
            .SelectMany(page => archive.Search(request with { Sort = SearchSort.Random, Page = page, PageSize = SearchRequest.MaxPageSize, Snippets = false, AdviseSpelling = false }).Hits)
            .Select(hit => hit.Id).ToHashSet();
        var read = archive.Articles.Where(a => sample.Contains(a.Id)).ToList();

        var terms = archive.Searcher.Terms(request, 25);

        Assert.True(terms.Total > TopTerms.MaxRead, $"{terms.Total} matches");
        Assert.Equal((TopTerms.MaxRead, true), (terms.Read, terms.Sampled));
        Assert.Equal(TopTerms.MaxRead, read.Count);
        Assert.Equal(BruteForce(read, "oil", 25), terms.Terms);
        Assert.Equal(terms.Terms, archive.Searcher.Terms(request, 25).Terms);
        Assert.NotEqual(terms.Terms, archive.Searcher.Terms(request with { Seed = 4 }, 25).Terms);
    }

    [Fact]
    public void TheQuerysWordsInAnyForm_AreLeftOut()
    {
        var terms = archive.Searcher.Terms(new SearchRequest { Query = "prices" }, 100);

        Assert.DoesNotContain(terms.Terms, t => t.Term is "prices" or "price" or "priced");
    }

    [Fact]
    public void EveryArticle_HasNoCharacteristicWords()
    {
        var terms = archive.Searcher.Terms(new SearchRequest(), 20, read: 500);

        Assert.DoesNotContain(terms.Terms, t => t.Score > 100);
    }

    [Fact]
    public void NothingMatching_HasNoWords()
    {
        var terms = archive.Searcher.Terms(new SearchRequest { Query = "zzxqvj" });

        Assert.Equal((0, 0), (terms.Total, terms.Read));
        Assert.Empty(terms.Terms);
    }
}

/// <summary>The keyness measure on tables worked by hand.</summary>
public sealed class KeynessTests
{
    [Fact]
    public void LogLikelihood_OfATableWorkedByHand()
    {
        // 30 of 100 articles against 100 of 10,000: G² = 2 Σ O ln(O/E) over the four cells.
        double a = 30, b = 100, c = 70, d = 9_900, n = a + b + c + d;
        var expected = 2 * (a * Math.Log(a / ((a + b) * (a + c) / n)) + b * Math.Log(b / ((a + b) * (b + d) / n))
            + c * Math.Log(c / ((c + d) * (a + c) / n)) + d * Math.Log(d / ((c + d) * (b + d) / n)));

        Assert.Equal(expected, Keyness.LogLikelihood(30, 100, 100, 10_000), precision: 9);
    }

    [Fact]
    public void AWordTheSetUsesNoMoreThanTheReference_IsNotCharacteristic()
    {
        Assert.Equal(0, Keyness.LogLikelihood(1, 100, 100, 10_000));
        Assert.Equal(0, Keyness.LogLikelihood(0, 100, 0, 10_000));
        Assert.Equal(0, Keyness.LogLikelihood(5, 0, 10, 100));
    }

    [Fact]
    public void MoreEvidence_ScoresHigher_AtTheSameProportions()
    {
        Assert.True(Keyness.LogLikelihood(300, 1_000, 100, 10_000) > Keyness.LogLikelihood(30, 100, 100, 10_000));
    }

    [Fact]
    public void TheWholeSetHoldingAWord_IsScoredWithoutFailing()
    {
        Assert.True(double.IsFinite(Keyness.LogLikelihood(100, 100, 100, 10_000)));
        Assert.True(Keyness.LogLikelihood(100, 100, 100, 10_000) > 0);
    }
}
