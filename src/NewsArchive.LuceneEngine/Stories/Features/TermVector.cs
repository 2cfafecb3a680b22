namespace NewsArchive.LuceneEngine.Stories.Features;

/// <summary>
/// A text as TF-IDF weights of its most telling word stems, scaled to unit length, so that the
/// cosine of two texts is the sum of the products of their shared terms' weights: 1 for the same
/// words in the same proportions, 0 for no word in common.
/// </summary>
public sealed class TermVector
{
    /// <summary>Terms kept per text: enough to describe an event, few enough that boilerplate and passing mentions drop out.</summary>
    public const int MaxTerms = 40;

    private readonly int[] termIds;
    private readonly float[] weights;

    private TermVector(IReadOnlyList<WeightedTerm> terms, Func<string, int> vocabulary)
    {
        Terms = terms;
        termIds = new int[terms.Count];
        weights = new float[terms.Count];
        for (var i = 0; i < terms.Count; i++) (termIds[i], weights[i]) = (vocabulary(terms[i].Term), terms[i].Weight);
        Array.Sort(termIds, weights);
    }

    public static readonly TermVector Empty = new([], _ => 0);

    /// <summary>The kept terms, heaviest first: what a search for similar texts asks for.</summary>
    public IReadOnlyList<WeightedTerm> Terms { get; }

    /// <summary>
    /// The vector of a text with these stems, each occurring <see cref="StoryTerm.Count"/> times:
    /// each weighted by (1 + ln tf) × idf, the <see cref="MaxTerms"/> heaviest kept.
    /// </summary>
    /// <param name="idf">The inverse document frequency of a stem.</param>
    /// <param name="vocabulary">Numbers each stem, the same way for every vector compared.</param>
    public static TermVector Of(IReadOnlyList<StoryTerm> counts, Func<string, double> idf, Func<string, int> vocabulary)
    {
        var all = new WeightedTerm[counts.Count];
        var n = 0;
        foreach (var (term, count) in counts)
        {
            var weight = (float)((1 + Math.Log(count)) * idf(term));
            if (weight > 0) all[n++] = new WeightedTerm(term, weight);
        }
        if (n == 0) return Empty;
        Array.Sort(all, 0, n, HeaviestFirst);
        var kept = all.AsSpan(0, Math.Min(n, MaxTerms));
        var squares = 0.0;
        foreach (var term in kept) squares += (double)term.Weight * term.Weight;
        var length = (float)Math.Sqrt(squares);
        var terms = new WeightedTerm[kept.Length];
        for (var i = 0; i < kept.Length; i++) terms[i] = kept[i] with { Weight = kept[i].Weight / length };
        return new TermVector(terms, vocabulary);
    }

    private static readonly Comparer<WeightedTerm> HeaviestFirst = Comparer<WeightedTerm>.Create((a, b) =>
        a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Term, b.Term));

    /// <summary>The number of each kept term (see the vocabulary it was made with), in order.</summary>
    internal ReadOnlySpan<int> TermIds => termIds;

    /// <summary>The cosine of the angle between the two vectors: from 0 (no shared term) to 1.</summary>
    public double Cosine(TermVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < termIds.Length && j < other.termIds.Length)
        {
            var difference = termIds[i] - other.termIds[j];
            if (difference == 0) sum += weights[i++] * other.weights[j++];
            else if (difference < 0) i++;
            else j++;
        }
        return sum;
    }
}

public readonly record struct WeightedTerm(string Term, float Weight);
