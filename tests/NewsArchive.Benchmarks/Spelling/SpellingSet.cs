namespace NewsArchive.Benchmarks.Spelling;

/// <summary>A word to search and the word a reader meant; a word that means itself is spelt right and should get no correction.</summary>
/// <param name="Half">"dev" to tune the correction on, "test" to check it on words it was not tuned on.</param>
internal sealed record SpellingItem(string Word, string Expected, string Half)
{
    public bool IsCorrect => string.Equals(Word, Expected, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A set of words to search, as a tab-separated file with a header: word, expected, half.</summary>
internal static class SpellingSet
{
    private const string Header = "word\texpected\thalf";

    public static List<SpellingItem> Read(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t') switch
        {
            [var word, var expected, var half] => new SpellingItem(word, expected, half),
            _ => throw new FormatException($"{path}: expected word, expected and half, tab-separated: {line}"),
        }).ToList();

    /// <summary>
    /// Writes the pairs, shuffled with the seed and dealt alternately into the dev and test halves, in word order;
    /// or, given <paramref name="half"/>, all of them in that one half.
    /// </summary>
    public static void Write(string path, IEnumerable<(string Word, string Expected)> pairs, int seed, string? half = null)
    {
        var random = new Random(seed);
        var items = pairs.OrderBy(p => p.Word, StringComparer.Ordinal).ThenBy(p => p.Expected, StringComparer.Ordinal)
            .OrderBy(_ => random.Next())
            .Select((p, i) => new SpellingItem(p.Word, p.Expected, half ?? (i % 2 == 0 ? "dev" : "test")))
            .OrderBy(item => item.Half, StringComparer.Ordinal).ThenBy(item => item.Word, StringComparer.Ordinal);
        File.WriteAllLines(path, items.Select(item => $"{item.Word}\t{item.Expected}\t{item.Half}").Prepend(Header));
    }
}
