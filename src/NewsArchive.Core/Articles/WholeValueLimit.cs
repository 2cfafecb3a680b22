using System.Text;

namespace NewsArchive.Core.Articles;

/// <summary>
/// An article's id, source and keyword values are each kept as one whole value, which an archive
/// holds up to 32,766 UTF-8 bytes long (Lucene's limit for one term). No real metadata comes near
/// it; an article whose metadata does is skipped when indexed, so no id beyond it can exist.
/// </summary>
public static class WholeValueLimit
{
    public const int MaxBytes = 32_766;

    /// <summary>Whether <paramref name="text"/> can be held as one whole value.</summary>
    public static bool Fits(string text) => text.Length <= MaxBytes / 3 || Encoding.UTF8.GetByteCount(text) <= MaxBytes;
}
