using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace NewsArchive.Core.Stories;

/// <summary>
/// Names a story: a hash of the id of the article that started it, so it stays the same as long
/// as the story does, whatever joins it later, and fits in a doc-values number. Written as 16 hex
/// digits in links.
/// </summary>
public readonly record struct StoryId(long Value)
{
    /// <summary>The value of an article not grouped yet.</summary>
    public static readonly StoryId Ungrouped = new(0);

    public bool IsGrouped => Value != 0;

    /// <summary>The id of the story that <paramref name="articleId"/> starts.</summary>
    public static StoryId StartedBy(string articleId)
    {
        var hash = (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(articleId));
        // 0 means "not grouped yet"; one id in 2^64 hashes to it and takes 1 instead.
        return new StoryId(hash == 0 ? 1 : hash);
    }

    public static bool TryParse(string? text, out StoryId id)
    {
        id = Ungrouped;
        if (text is not { Length: 16 } || !ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value == 0)
            return false;
        id = new StoryId((long)value);
        return true;
    }

    public override string ToString() => ((ulong)Value).ToString("x16", CultureInfo.InvariantCulture);
}
