using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// Draws pairs of articles of a corpus to be labelled same, related or different happening:
/// the known examples, then an equal number in each of <see cref="PairStrata.Drawn"/>, each
/// article in one pair at most, each stratum dealt alternately into dev and test in random order.
/// Writes them unlabelled to the next free NAME-n.tsv.
/// </summary>
internal sealed class PairDraw(string corpus, string name, string folder, int draw, int known, int seed, TextWriter output)
{
    // Each stratum's reservoir holds this many times the pairs needed, so that pairs reusing an
    // article can be passed over without running short.
    private const int Spare = 4;

    public void Run()
    {
        var articles = CorpusReader.Default.Read([corpus]).Select(r => r.Article).OfType<Article>()
            .Select(PairArticle.From).OfType<PairArticle>()
            .OrderBy(a => a.Day).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        output.WriteLine($"{articles.Count:N0} dated articles with an outlet.");

        var random = new Random(seed);
        var perStratum = draw / PairStrata.Drawn.Count;
        var reservoirs = PairStrata.Drawn.ToDictionary(s => s, _ => new Reservoir(perStratum * Spare));
        for (var i = 0; i < articles.Count; i++)
            for (var j = i + 1; j < articles.Count && articles[j].DaysFrom(articles[i]) <= PairStrata.LaterToDays; j++)
            {
                var (a, b) = (articles[i], articles[j]);
                if (PairStrata.Of(a, b) is { } stratum) reservoirs[stratum].Offer((a, b), random);
                if (PairStrata.IsRandomCandidate(a, b)) reservoirs[PairStrata.Random].Offer((a, b), random);
            }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var pairs = Deal(PairStrata.Known, KnownPairs.Draw(articles, known, random), random);
        foreach (var (a, b) in pairs.Select(p => (p.A, p.B))) used.UnionWith([a.Id, b.Id]);
        foreach (var stratum in PairStrata.Drawn)
        {
            var candidates = reservoirs[stratum].Items.ToArray();
            random.Shuffle(candidates);
            var taken = new List<(PairArticle, PairArticle)>();
            foreach (var (a, b) in candidates.Where(_ => taken.Count < perStratum))
                if (!used.Contains(a.Id) && !used.Contains(b.Id))
                {
                    taken.Add((a, b));
                    used.UnionWith([a.Id, b.Id]);
                }
            pairs.AddRange(Deal(stratum, taken, random));
            output.WriteLine($"{stratum,-9} {taken.Count,4} pairs of {reservoirs[stratum].Seen:N0} candidates");
        }

        Directory.CreateDirectory(folder);
        var path = Enumerable.Range(1, int.MaxValue).Select(n => Path.Combine(folder, $"{name}-{n}.tsv")).First(p => !File.Exists(p));
        PairsFile.Write(path, pairs);
        output.WriteLine($"Wrote {pairs.Count} pairs ({pairs.Count(p => p.Stratum == PairStrata.Known)} known) to {path}");
    }

    /// <summary>The pairs in random order, each stratum's halves as even as its count allows.</summary>
    private static List<DrawnPair> Deal(string stratum, IEnumerable<(PairArticle A, PairArticle B)> pairs, Random random)
    {
        var shuffled = pairs.ToArray();
        random.Shuffle(shuffled);
        var first = random.Next(2);
        return shuffled.Select((p, i) => new DrawnPair(PairsFile.Undecided, (i + first) % 2 == 0 ? "dev" : "test", stratum, p.A, p.B)).ToList();
    }

    /// <summary>A uniform sample of a stream of pairs too long to keep (reservoir sampling).</summary>
    private sealed class Reservoir(int size)
    {
        private readonly List<(PairArticle, PairArticle)> items = [];

        public long Seen { get; private set; }

        public IReadOnlyList<(PairArticle A, PairArticle B)> Items => items;

        public void Offer((PairArticle, PairArticle) pair, Random random)
        {
            Seen++;
            if (items.Count < size) items.Add(pair);
            else if (random.NextInt64(Seen) is var slot && slot < size) items[(int)slot] = pair;
        }
    }
}
