namespace NewsArchive.Core.Articles;

/// <summary>Splits and joins article text by paragraph, the one convention used everywhere.</summary>
public static class Paragraphs
{
    public const string Separator = "\n\n";

    /// <summary>Paragraphs are separated by one or more blank (or single) line breaks.</summary>
    public static IEnumerable<string> Split(string text) =>
        text.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);

    public static string Join(IEnumerable<string> paragraphs) =>
        string.Join(Separator, paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0));
}
