using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>
/// A story's versions counted by the archive's keyword lists (for AllSides, 4 left · 3 center ·
/// 5 right): how the outlets that reported it lean, or what they filed it under.
/// </summary>
public static class StoryFacets
{
    /// <summary>
    /// Each keyword list that at least one version has, by name, and its values, most versions
    /// first. A version counts once for each value it has, so a list's counts can add up to more
    /// or fewer than the versions.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(IEnumerable<StoryMember> versions)
    {
        var counts = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (list, values) in versions.SelectMany(v => v.Keywords))
        {
            if (!counts.TryGetValue(list, out var byValue)) counts[list] = byValue = new Dictionary<string, int>(StringComparer.Ordinal);
            // A value repeated in one article's list is still one version.
            foreach (var value in values.Distinct(StringComparer.Ordinal)) byValue[value] = byValue.GetValueOrDefault(value) + 1;
        }
        return counts.ToDictionary(
            list => list.Key,
            list => (IReadOnlyList<FacetValue>)list.Value
                .Select(pair => new FacetValue(pair.Key, pair.Value))
                .OrderByDescending(value => value.Count).ThenBy(value => value.Value, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }
}
