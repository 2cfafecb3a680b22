using System.Text.RegularExpressions;
using NewsArchive.Core.Search.Spelling;

namespace NewsArchive.Core.Stories.Comparison;

/// <summary>One spelling of a name, and the versions that use it.</summary>
public sealed record NameSpelling(string Spelling, IReadOnlyList<StoryVersion> UsedBy);

/// <summary>A name the versions of a story spell in more than one way (Tileuberdi, Tleuberdi).</summary>
public sealed record NameVariants(IReadOnlyList<NameSpelling> Spellings);

/// <summary>
/// Finds the names the versions of a story spell differently: capitalised words of one version
/// that are one letter (two, in long names) from a capitalised word of another, begin with the
/// same letter, and are not just its plural or possessive.
/// </summary>
public static partial class NameDifferences
{
    private const int MinLength = 4;

    public static IReadOnlyList<NameVariants> Find(IReadOnlyList<(StoryVersion Version, string Text)> versions)
    {
        var usedBy = new Dictionary<string, List<StoryVersion>>(StringComparer.Ordinal);
        foreach (var (version, text) in versions)
            foreach (var name in CapitalisedWords().Matches(text).Select(m => m.Value).Where(w => w.Length >= MinLength).Distinct())
                (usedBy.TryGetValue(name, out var list) ? list : usedBy[name] = []).Add(version);

        var names = usedBy.Keys.Order(StringComparer.Ordinal).ToList();
        var groups = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count; j++)
            {
                if (!AreVariants(names[i], names[j])) continue;
                var group = groups.GetValueOrDefault(names[i]) ?? groups.GetValueOrDefault(names[j]) ?? new SortedSet<string>(StringComparer.Ordinal);
                group.Add(names[i]);
                group.Add(names[j]);
                groups[names[i]] = groups[names[j]] = group;
            }

        return groups.Values.Distinct()
            .Select(group => new NameVariants(group
                .Select(name => new NameSpelling(name, usedBy[name]))
                .OrderByDescending(s => s.UsedBy.Count).ThenBy(s => s.Spelling, StringComparer.Ordinal)
                .ToList()))
            // Spellings used by just the same versions are two names side by side, not one name spelt two ways.
            .Where(variants => variants.Spellings.Select(s => string.Join('\n', s.UsedBy.Select(v => v.Id).Order(StringComparer.Ordinal))).Distinct().Count() > 1)
            .ToList();
    }

    private static bool AreVariants(string a, string b)
    {
        if (char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0])) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && longer.Length - shorter.Length <= 2) return false;
        var allowed = shorter.Length >= 9 ? 2 : shorter.Length >= 5 ? 1 : 0;
        return allowed > 0 && EditDistance.Between(a.ToLowerInvariant(), b.ToLowerInvariant()) is var distance && distance > 0 && distance <= allowed;
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*\b")]
    private static partial Regex CapitalisedWords();
}
