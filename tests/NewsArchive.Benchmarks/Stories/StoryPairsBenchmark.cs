using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// Measures an index's stories against pairs of articles labelled by reading: for each half and
/// stratum, the share of same-happening pairs the index put in one story (recall) and the share
/// of the others it did (false merges); and the index's story sizes. One results row per half.
/// </summary>
internal sealed class StoryPairsBenchmark(string indexPath, IReadOnlyList<string> pairFiles, string name, TextWriter output)
{
    private const string AllStrata = "all";
    private static readonly string[] Halves = ["dev", "test", "all"];

    public void Run()
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var table = StoryTable.For(searcher);
        var sizes = StorySizes.Of(table, searcher.IndexReader.NumDocs);
        output.WriteLine($"Index {indexPath}");
        sizes.WriteTo(output);
        if (pairFiles.Count == 0)
        {
            output.WriteLine($"Results: {ResultsLog.Append("story-pairs", new { name, index = indexPath }, [new { name, stories = sizes }])}");
            return;
        }

        var tallies = new Dictionary<(string Half, string Stratum), PairTally>();
        PairTally Tally(string half, string stratum) =>
            tallies.TryGetValue((half, stratum), out var tally) ? tally : tallies[(half, stratum)] = new PairTally();
        var undecided = 0;
        foreach (var pair in pairFiles.SelectMany(PairsFile.Read))
        {
            if (pair.Label == PairsFile.Undecided)
            {
                undecided++;
                continue;
            }
            var (a, b) = (DocOf(searcher, pair.IdA), DocOf(searcher, pair.IdB));
            foreach (var half in new[] { pair.Half, "all" })
                foreach (var stratum in new[] { pair.Stratum, AllStrata })
                    if (a is null || b is null) Tally(half, stratum).AddMissing();
                    else Tally(half, stratum).Add(pair.Label, table.StoryOf(a.Value) is { } story && table.StoryOf(b.Value) == story);
        }
        if (undecided > 0) output.WriteLine($"{undecided} pairs not labelled yet, left out.");

        var strata = tallies.Keys.Select(k => k.Stratum).Where(s => s != AllStrata).Distinct().Order(StringComparer.Ordinal).Append(AllStrata).ToList();
        var text = new TextTable("half", "stratum", "pairs", "missing", "same", "related", "different", "recall", "false merges", "related merged", "different merged");
        foreach (var half in Halves)
            foreach (var stratum in strata)
                if (tallies.TryGetValue((half, stratum), out var t))
                    text.Add(half, stratum, t.Pairs.ToString(), t.Missing.ToString(), t.Labelled(PairsFile.Same).ToString(), t.Labelled(PairsFile.Related).ToString(),
                        t.Labelled(PairsFile.Different).ToString(), Percent(t.Recall), Percent(t.FalseMerges), Percent(t.RelatedMerged), Percent(t.DifferentMerged));
        output.WriteLine();
        text.WriteTo(output);

        var rows = Halves.Where(h => tallies.ContainsKey((h, AllStrata))).Select(half => new
        {
            name,
            half,
            measures = Row(AllStrata, tallies[(half, AllStrata)]),
            strata = strata.Where(s => s != AllStrata && tallies.ContainsKey((half, s))).Select(s => Row(s, tallies[(half, s)])).ToList(),
            stories = sizes,
        });
        output.WriteLine($"Results: {ResultsLog.Append("story-pairs", new { name, index = indexPath, pairs = pairFiles.Select(Path.GetFileName).ToList() }, rows)}");
    }

    private static object Row(string stratum, PairTally t) => new
    {
        stratum,
        pairs = t.Pairs,
        missing = t.Missing,
        same = t.Labelled(PairsFile.Same),
        related = t.Labelled(PairsFile.Related),
        different = t.Labelled(PairsFile.Different),
        recall = Round(t.Recall),
        falseMerges = Round(t.FalseMerges),
        relatedMerged = Round(t.RelatedMerged),
        differentMerged = Round(t.DifferentMerged),
    };

    /// <summary>The article's number in the index, or null if the index does not have it.</summary>
    private static int? DocOf(IndexSearcher searcher, string id) =>
        searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1).ScoreDocs is [var hit, ..] ? hit.Doc : null;

    private static string Percent(double share) => double.IsNaN(share) ? "–" : (share * 100).ToString("F1");

    private static double Round(double share) => Math.Round(share, 4);
}
