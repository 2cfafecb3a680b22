namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// Labelled pairs counted for one half and stratum: how many of each label, how many of each
/// whose two articles the index put in one story, and how many could not be looked up.
/// </summary>
internal sealed class PairTally
{
    private readonly Dictionary<string, int> labelled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> together = new(StringComparer.Ordinal);

    public int Pairs { get; private set; }

    /// <summary>Pairs with an article the index does not have: counted, but in no measure.</summary>
    public int Missing { get; private set; }

    public void AddMissing()
    {
        Pairs++;
        Missing++;
    }

    public void Add(string label, bool sameStory)
    {
        Pairs++;
        labelled[label] = Of(labelled, label) + 1;
        if (sameStory) together[label] = Of(together, label) + 1;
    }

    /// <summary>Pairs found in the index with this label.</summary>
    public int Labelled(string label) => Of(labelled, label);

    /// <summary>Share of the <see cref="PairsFile.Same"/> pairs in one story.</summary>
    public double Recall => Share(PairsFile.Same);

    /// <summary>Share of the pairs that are not one happening (related and different) in one story.</summary>
    public double FalseMerges => Share(PairsFile.Related, PairsFile.Different);

    public double RelatedMerged => Share(PairsFile.Related);

    public double DifferentMerged => Share(PairsFile.Different);

    private double Share(params string[] labels)
    {
        var all = labels.Sum(Labelled);
        return all == 0 ? double.NaN : (double)labels.Sum(l => Of(together, l)) / all;
    }

    private static int Of(Dictionary<string, int> counts, string label) => counts.GetValueOrDefault(label);
}
