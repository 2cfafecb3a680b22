using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading.Html;

/// <summary>Text as it comes out of markup, made into the single-line strings the archive stores.</summary>
internal static partial class HtmlText
{
    /// <summary>
    /// Collapses every run of whitespace (line breaks, tabs, no-break spaces) to one space and
    /// drops invisible characters, since in HTML source they are layout, not text. Null if
    /// nothing is left.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var collapsed = Whitespace().Replace(Invisible().Replace(text, ""), " ").Trim();
        return collapsed.Length > 0 ? collapsed : null;
    }

    // Soft hyphens, zero-width spaces and stray byte order marks would split words in the index.
    [GeneratedRegex("[\u00AD\u200B\u2060\uFEFF]")]
    private static partial Regex Invisible();

    // \s covers Unicode spaces, including U+00A0 (&nbsp;) and U+2028/U+2029.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
