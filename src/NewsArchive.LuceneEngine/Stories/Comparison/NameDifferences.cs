using System.Text.RegularExpressions;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.LuceneEngine.Search.Spelling;

namespace NewsArchive.LuceneEngine.Stories.Comparison;

/// <summary>
/// Finds the names the versions spell differently: two words that are both names, one letter
/// apart (two, in long names), beginning with the same letter, used by different versions. A word
/// is a name when the texts write it capitalised inside sentences and hardly ever lowercase, as
/// <see cref="NameEvidence"/> judges the archive's words: any capitalised word was taken before,
/// and "Story" opening a sentence passed for another spelling of Stormy. Two forms of one word
/// (Democrats, Democratic; a plural, a possessive) are not two spellings either.
/// </summary>
public static partial class NameDifferences
{
    private const int MinLength = 4;

    public static IReadOnlyList<NameVariants> Find(IReadOnlyList<(StoryVersion Version, string Text)> versions)
    {
        var usedBy = new Dictionary<string, List<StoryVersion>>(StringComparer.Ordinal);
        var insideSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowercase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (version, text) in versions)
            foreach (Match word in Words().Matches(text))
            {
                var written = word.Value;
                if (char.IsLower(written[0])) { lowercase[written] = lowercase.GetValueOrDefault(written) + 1; continue; }
                if (written.Length < MinLength || !IsCapitalised(written)) continue;
                var list = usedBy.TryGetValue(written, out var found) ? found : usedBy[written] = [];
                if (list.Count == 0 || list[^1] != version) list.Add(version);
                if (!NameEvidence.StartsSentence(text, word.Index)) insideSentences[written] = insideSentences.GetValueOrDefault(written) + 1;
            }

        // As in NameEvidence: a word of a title (Minister) is capitalised before names but
        // lowercase elsewhere; a name is hardly ever lowercase.
        var names = insideSentences
            .Where(pair => lowercase.GetValueOrDefault(pair.Key.ToLowerInvariant()) * 10 <= pair.Value)
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var groups = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // Sorted, names of one first letter are together: only they can be variants.
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count && names[j][0] == names[i][0]; j++)
            {
                if (!AreVariants(names[i], names[j]) || MostlyTogether(usedBy[names[i]], usedBy[names[j]])) continue;
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
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length > 2) return false;
        // Russia, Russian: one word made from the other, which the stemmer does not always join.
        if (longer.StartsWith(shorter, StringComparison.Ordinal)) return false;
        var allowed = shorter.Length >= 9 ? 2 : shorter.Length >= 5 ? 1 : 0;
        if (allowed == 0) return false;
        var (lowerA, lowerB) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        return EditDistance.Between(lowerA, lowerB) is var distance && distance > 0 && distance <= allowed
            && !WordForms.AreForms(lowerA, lowerB);
    }

    /// <summary>
    /// Whether most versions that write either name write both: then they are two people (David
    /// and Davis, in three of the four versions of one story), not one name spelt two ways, which
    /// an outlet seldom does within one report.
    /// </summary>
    private static bool MostlyTogether(List<StoryVersion> a, List<StoryVersion> b)
    {
        var both = a.Count(b.Contains);
        return both > 0 && both >= a.Count + b.Count - 2 * both;
    }

    /// <summary>A capital, then some lowercase (each part of a hyphenated name alike; DeSantis too): not an acronym or a word in capitals.</summary>
    private static bool IsCapitalised(string word) =>
        word.Split('-').All(part => char.IsUpper(part[0]) && part.Skip(1).Any(char.IsLower));

    [GeneratedRegex(@"\b\p{L}+(?:-\p{L}+)*\b")]
    private static partial Regex Words();
}
