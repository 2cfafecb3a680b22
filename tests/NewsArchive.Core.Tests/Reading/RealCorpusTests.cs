using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>Whole real corpora read end to end: every line accounted for.</summary>
public class RealCorpusTests
{
    private const string AllSides = "../shared/corpora/allsides37k.jsonl.gz";

    private const int AllSidesArticles = 37_554;
    private const int AllSidesUndated = 4_407;

    // Two dated 0001-11-30 and one 2050-09-30 (the corpus README: "a handful are absurd").
    private const int AllSidesAbsurdDates = 3;

    [FactIfFileExists(AllSides)]
    public void AllSides_IsReadWhole_WithSourcesSitesAndItsAbsurdDatesFlagged()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, AllSides));
        int articles = 0, undated = 0, withSite = 0, withTopicAndBias = 0;
        var skipped = new List<ReadProblem>();
        var warnings = new List<ReadProblem>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var sites = new HashSet<string>(StringComparer.Ordinal);

        foreach (var result in CorpusReader.Default.Read([path]))
        {
            if (result.Problem is { } problem)
            {
                skipped.Add(problem);
                continue;
            }
            var article = result.Article!;
            articles++;
            warnings.AddRange(result.Warnings);
            if (article.Date is null) undated++;
            if (article.Source is { } source) sources.Add(source);
            if (article.Keywords.TryGetValue("site", out var site))
            {
                withSite++;
                sites.Add(site.Single());
            }
            if (article.Keywords.ContainsKey("topic") && article.Keywords.ContainsKey("bias")) withTopicAndBias++;
        }

        Assert.Empty(skipped);
        Assert.Equal(AllSidesArticles, articles);
        Assert.Equal(AllSidesUndated, undated);
        Assert.Equal(AllSidesArticles, withSite);
        Assert.Equal(AllSidesArticles, withTopicAndBias);
        Assert.Equal(467, sites.Count);
        Assert.True(sources.Count > 400, $"{sources.Count} sources");
        Assert.Contains("foxnews.com", sites);
        Assert.Equal(AllSidesAbsurdDates, warnings.Count);
        Assert.All(warnings, w => Assert.Matches("^date (0001|2050)-[0-9-]+ looks wrong; kept as given$", w.Reason));
    }

    [Fact]
    public void Reuters_IsReadWhole_WithTheOneEmptyStorySkipped()
    {
        var results = CorpusReader.Default.Read([BundledCorpus.Reuters]).ToList();

        Assert.Equal(BundledCorpus.ReutersArticles, results.Count(r => r.Article is not null));
        var problem = Assert.Single(results, r => r.Problem is not null).Problem!;
        Assert.Contains("empty text", problem.Reason);
        Assert.All(results, r => Assert.Empty(r.Warnings));
        Assert.All(results.Where(r => r.Article is not null), r => Assert.Equal("Reuters", r.Article!.Source));
    }
}
