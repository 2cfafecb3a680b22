using NewsArchive.Benchmarks.Speed;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>What the archive offered for one word of a set.</summary>
internal enum SpellingOutcome
{
    /// <summary>The meant word was offered, or, for a correctly spelt word, nothing was.</summary>
    Right,
    /// <summary>Another word was offered: for a correctly spelt word, any offer at all.</summary>
    Wrong,
    /// <summary>A misspelling got no offer.</summary>
    None,
}

/// <summary>The outcomes of one half of one set, and the time of each search.</summary>
internal sealed class SpellingTally(string set, string half)
{
    private readonly List<SpellingOutcome> outcomes = [];
    private readonly List<double> milliseconds = [];
    private int variants;

    public void Add(SpellingOutcome outcome, bool hasVariants, double ms)
    {
        outcomes.Add(outcome);
        milliseconds.Add(ms);
        if (hasVariants) variants++;
    }

    public SpellingRow Row()
    {
        var latencies = Latencies.Of(milliseconds);
        return new SpellingRow(set, half, outcomes.Count,
            Share(SpellingOutcome.Right), Share(SpellingOutcome.Wrong), Share(SpellingOutcome.None),
            Math.Round((double)variants / outcomes.Count, 4), latencies.P50, latencies.P99);
    }

    private double Share(SpellingOutcome outcome) => Math.Round((double)outcomes.Count(o => o == outcome) / outcomes.Count, 4);
}

/// <param name="Right">Misspellings: the meant word offered. Correct words: no offer.</param>
/// <param name="Wrong">Another word offered; for correct words, any offer.</param>
/// <param name="None">Misspellings with no offer (always 0 for correct words).</param>
/// <param name="Variants">Words given "also spelt" variants: not an error, reported for the correct words.</param>
internal sealed record SpellingRow(string Set, string Half, int Words, double Right, double Wrong, double None, double Variants, double MedianMs, double P99Ms);
