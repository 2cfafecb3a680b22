using NewsArchive.Core.Search.Spelling;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// One typing slip in a word, as fingers make them on a QWERTY keyboard: a letter left out, a
/// neighbouring key's letter added, a letter replaced by its neighbour's, or two letters swapped.
/// The first letter is never touched: people rarely get it wrong, and spelling correction relies on it.
/// </summary>
internal static class KeyboardTypo
{

    public static string Apply(string word, Random random)
    {
        var at = random.Next(1, word.Length);
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, Neighbour(word[at - 1], word[at], random)),
            2 => word.Remove(at, 1).Insert(at, Neighbour(word[at], word[at], random)),
            _ => at + 1 < word.Length ? $"{word[..at]}{word[at + 1]}{word[at]}{word[(at + 2)..]}" : $"{word[..(at - 1)]}{word[at]}{word[at - 1]}",
        };
    }

    /// <summary>A key next to the letter's, in the case of the letter it goes beside (a name's capital stays its only one).</summary>
    private static string Neighbour(char letter, char beside, Random random)
    {
        var keys = KeyboardNeighbours.Of(letter);
        var key = keys[random.Next(keys.Length)];
        return (char.IsUpper(beside) ? char.ToUpperInvariant(key) : key).ToString();
    }
}
