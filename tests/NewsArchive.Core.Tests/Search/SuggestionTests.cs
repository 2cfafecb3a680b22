using Lucene.Net.Analysis.TokenAttributes;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Suggestions as a query is typed, the completions checked against counting every article's words.</summary>
[Collection(ArchiveCollection.Name)]
public class SuggestionTests(ArchiveFixture archive)
{
    private const int Max = 8;

    private static readonly Lazy<Dictionary<string, int>> ArticlesByWord = new(() => []);

    [Theory]
    [InlineData("coc")]
    [InlineData("tleu")]
    [InlineData("minis")]
    [InlineData("kazakh foreign mini")]
    public void Completions_AreTheMostFrequentWordsWithThePrefix(string typed)
    {
        var prefix = typed.Split(' ')[^1];
        var expected = BruteForceArticlesByWord(archive)
            .Where(w => w.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(Max / 2)
            .Select(w => typed[..^prefix.Length] + w.Key);

        var suggestions = archive.Searcher.Suggest(typed, Max);

        Assert.Equal(expected, suggestions.Take(expected.Count()));
    }

    [Fact]
    public void Titles_FollowTheCompletions_AndAreTitlesTheQueryFinds()
    {
        var suggestions = archive.Searcher.Suggest("tokayev wan", Max);

        var titles = suggestions.SkipWhile(s => s.StartsWith("tokayev wan", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(titles);
        var found = archive.Searcher.Search(new SearchRequest { Query = "tokayev wan*", PageSize = 100 }).Hits.Select(h => h.Title.PlainText.Trim());
        Assert.All(titles, title => Assert.Contains(title, found));
        Assert.True(suggestions.Count <= Max);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("cocoa ")]
    public void NothingOrAFinishedWord_GetsNoSuggestions(string typed) =>
        Assert.Empty(archive.Searcher.Suggest(typed, Max));

    [Fact]
    public void OneLetter_IsNotCompleted()
    {
        // Every word that starts with c would be a candidate; one letter is too little to guess from.
        Assert.DoesNotContain("cocoa", archive.Searcher.Suggest("c", Max));
    }

    /// <summary>Articles per word of the body, as the index's exact text field analyses it, counted article by article.</summary>
    private static Dictionary<string, int> BruteForceArticlesByWord(ArchiveFixture archive)
    {
        lock (ArticlesByWord)
        {
            var counts = ArticlesByWord.Value;
            if (counts.Count > 0) return counts;
            using var analyzer = ArchiveAnalyzer.Create();
            foreach (var article in archive.Articles)
            {
                var words = new HashSet<string>(StringComparer.Ordinal);
                using var stream = analyzer.GetTokenStream(ArchiveSchema.Body, article.Body);
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken()) words.Add(term.ToString());
                stream.End();
                foreach (var word in words) counts[word] = counts.GetValueOrDefault(word) + 1;
            }
            return counts;
        }
    }
}
