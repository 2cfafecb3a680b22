using System.Globalization;
using System.Text;

namespace NewsArchive.Core.Reading;

/// <summary>
/// JSON may escape half of a surrogate pair on its own ("\ud83d" where a scraper cut an emoji in
/// two). That parses, but is no text: reading the string throws, which would stop a whole
/// indexing run for one character. Such escapes become U+FFFD, the replacement character, as
/// undecodable bytes do in every other input; the rest of the article is kept.
/// </summary>
internal static class LoneSurrogateEscapes
{
    private const string Replacement = "\\ufffd";

    /// <summary>The JSON text with every unpaired surrogate escape replaced; the same instance when there is none.</summary>
    public static string Replace(string json)
    {
        StringBuilder? clean = null;
        var copied = 0;
        for (var i = json.IndexOf('\\'); i >= 0 && i < json.Length - 1; i = json.IndexOf('\\', i))
        {
            if (json[i + 1] != 'u' || !TryUnit(json, i + 2, out var unit))
            {
                // Any other escape, including an escaped backslash, is two characters to pass over.
                i += 2;
                continue;
            }
            if (char.IsHighSurrogate(unit) && i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u'
                && TryUnit(json, i + 8, out var low) && char.IsLowSurrogate(low))
            {
                i += 12;
                continue;
            }
            if (char.IsSurrogate(unit))
            {
                clean ??= new StringBuilder(json.Length);
                clean.Append(json, copied, i - copied).Append(Replacement);
                copied = i + 6;
            }
            i += 6;
        }
        return clean is null ? json : clean.Append(json, copied, json.Length - copied).ToString();
    }

    private static bool TryUnit(string json, int start, out char unit)
    {
        unit = '\0';
        if (start + 4 > json.Length) return false;
        if (!ushort.TryParse(json.AsSpan(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
        unit = (char)value;
        return true;
    }
}
