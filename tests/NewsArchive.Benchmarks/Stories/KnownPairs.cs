namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// The examples of one happening reported by several outlets, each as a headline rule
/// and its days: Comey's dismissal, the withdrawal from the Paris climate agreement, the Senate's
/// vote on the "skinny repeal" of the health law.
/// </summary>
internal static class KnownPairs
{
    private static readonly (Func<string, bool> Title, DateOnly From, DateOnly To)[] Happenings =
    [
        (t => t.Contains("Comey", StringComparison.Ordinal), new(2017, 5, 9), new(2017, 5, 11)),
        (t => t.Contains("Paris", StringComparison.Ordinal) && (Has(t, "agreement") || Has(t, "accord") || Has(t, "climate")), new(2017, 6, 1), new(2017, 6, 2)),
        (t => Has(t, "skinny repeal"), new(2017, 7, 27), new(2017, 7, 29)),
    ];

    /// <summary>
    /// Up to <paramref name="count"/> pairs of articles of different outlets within one
    /// happening, taken from each happening in turn, each happening's pairs in random order.
    /// </summary>
    public static List<(PairArticle A, PairArticle B)> Draw(IReadOnlyList<PairArticle> articles, int count, Random random)
    {
        var queues = Happenings.Select(h =>
        {
            var members = articles.Where(a => a.Day >= h.From && a.Day <= h.To && h.Title(a.Title)).ToList();
            var pairs = members.SelectMany((a, i) => members.Skip(i + 1).Where(b => b.Site != a.Site).Select(b => (a, b))).ToArray();
            random.Shuffle(pairs);
            return new Queue<(PairArticle, PairArticle)>(pairs);
        }).ToList();
        var drawn = new List<(PairArticle, PairArticle)>();
        while (drawn.Count < count && queues.Any(q => q.Count > 0))
            foreach (var queue in queues.Where(q => q.Count > 0 && drawn.Count < count)) drawn.Add(queue.Dequeue());
        return drawn;
    }

    private static bool Has(string title, string words) => title.Contains(words, StringComparison.OrdinalIgnoreCase);
}
