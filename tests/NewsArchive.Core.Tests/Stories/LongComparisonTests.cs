using System.Diagnostics;
using System.Text;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories.Comparison;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>Comparing long articles stays quick and bounded: any two articles of an archive can be compared, and some hold a million characters.</summary>
public class LongComparisonTests
{
    private static readonly StoryVersion Left = new("a", "A", "Outlet A", null), Right = new("b", "B", "Outlet B", null);

    [Fact]
    public void Compare_TwoArticlesOf100000Characters_TakesWellUnderTwoSeconds()
    {
        using var analyzer = ArchiveAnalyzer.Create();
        var (a, b) = (TestArticle.Make("a", body: Text(100_000, 1)), TestArticle.Make("b", body: Text(100_000, 2)));

        var clock = Stopwatch.StartNew();
        var comparison = new VersionComparer(analyzer).Compare(Left, a, Right, b);
        NameDifferences.Find([(Left, a.Body), (Right, b.Body)]);

        // About 0.15 s on a loaded machine: the limit is for a slow one, not a target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(0, comparison.Left.LeftOut);
        Assert.True(comparison.Left.SharedSentences > 0);
    }

    [Fact]
    public void Compare_TwoArticlesOfAMillionCharacters_ComparesTheirFirstSentencesAndCountsTheRest()
    {
        using var analyzer = ArchiveAnalyzer.Create();
        var (a, b) = (TestArticle.Make("a", body: Text(1_000_000, 1)), TestArticle.Make("b", body: Text(1_000_000, 2)));

        var comparison = new VersionComparer(analyzer).Compare(Left, a, Right, b);

        foreach (var side in new[] { comparison.Left, comparison.Right })
        {
            Assert.Equal(VersionComparison.MaxSentences, side.SharedSentences + side.UniqueSentences);
            Assert.True(side.LeftOut > VersionComparison.MaxSentences, $"{side.LeftOut} left out");
        }
    }

    /// <summary>
    /// News-like text: sentences of common and rare words (a few words in most sentences, as
    /// "said" is), every fifth sentence the same in both texts.
    /// </summary>
    private static string Text(int characters, int seed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 3000).Select(i => (i % 7 == 0 ? "Name" : "word") + string.Concat(i.ToString().Select(c => (char)('a' + c - '0')))).ToArray();
        var text = new StringBuilder();
        for (var sentence = 0; text.Length < characters; sentence++)
        {
            var pick = sentence % 5 == 0 ? new Random(sentence) : random;
            text.Append("The");
            for (var i = 0; i < 17; i++) text.Append(' ').Append(words[(int)(pick.NextDouble() * pick.NextDouble() * words.Length)]);
            text.Append(" said.").Append(pick.Next(5) == 0 ? "\n\n" : " ");
        }
        return text.ToString();
    }
}
