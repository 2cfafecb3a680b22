using Lucene.Net.Util.Automaton;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// Whether two words are within a number of edits, a swap of neighbouring letters counting as one:
/// the Levenshtein automaton with transpositions that the app's spelling advice searches with.
/// </summary>
internal static class DamerauDistance
{
    /// <summary>1 or 2 when <paramref name="b"/> is that many edits from <paramref name="a"/>, null when further than <paramref name="max"/>.</summary>
    public static int? Within(string a, string b, int max)
    {
        for (var edits = 1; edits <= max; edits++)
            if (BasicOperations.Run(new LevenshteinAutomata(a, withTranspositions: true).ToAutomaton(edits), b)) return edits;
        return null;
    }
}
