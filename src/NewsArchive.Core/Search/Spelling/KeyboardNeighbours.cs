namespace NewsArchive.Core.Search.Spelling;

/// <summary>
/// The keys next to each letter's on a QWERTY keyboard: a finger that slips lands on one of them,
/// so a letter changed to its neighbour is a typing slip far more often than a changed word.
/// </summary>
public static class KeyboardNeighbours
{
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['q'] = "wa", ['w'] = "qeas", ['e'] = "wrsd", ['r'] = "etdf", ['t'] = "ryfg", ['y'] = "tugh", ['u'] = "yihj",
        ['i'] = "uojk", ['o'] = "ipkl", ['p'] = "ol", ['a'] = "qwsz", ['s'] = "awedzx", ['d'] = "serfxc",
        ['f'] = "drtgcv", ['g'] = "ftyhvb", ['h'] = "gyujbn", ['j'] = "huiknm", ['k'] = "jiolm", ['l'] = "kop",
        ['z'] = "asx", ['x'] = "zsdc", ['c'] = "xdfv", ['v'] = "cfgb", ['b'] = "vghn", ['n'] = "bhjm", ['m'] = "njk",
    };

    /// <summary>The lowercase letters whose keys touch the letter's; empty for anything but a-z.</summary>
    public static string Of(char letter) => Neighbours.GetValueOrDefault(char.ToLowerInvariant(letter), "");

    public static bool AreNeighbours(char a, char b) => Of(a).Contains(char.ToLowerInvariant(b));
}
