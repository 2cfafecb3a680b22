namespace NewsArchive.Benchmarks.Fts5;

/// <summary>Words as an FTS5 MATCH expression.</summary>
internal static class Fts5Match
{
    /// <summary>Every word required: FTS5 reads words side by side as AND.</summary>
    public static string AllOf(IEnumerable<string> words) => string.Join(" ", words.Select(Quoted));

    public static string AnyOf(IEnumerable<string> words) => string.Join(" OR ", words.Select(Quoted));

    // Quoted, a word is a word even when it is AND, OR, NOT or NEAR, or holds a colon, a star or a
    // bracket; FTS5 reads a quote inside a quoted string as two quotes.
    private static string Quoted(string word) => $"\"{word.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
