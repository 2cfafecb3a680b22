namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// How many single-letter edits turn one word into another, where swapping two neighbouring
/// letters counts as one edit ("cocao" is one edit from "cocoa"): the distance that
/// <see cref="Lucene.Net.Util.Automaton.LevenshteinAutomata"/> with transpositions accepts, used
/// to rank what it finds.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        // Three rows of the classic table: the transposition step looks two rows back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
