namespace NewsArchive.Core.Reading;

/// <summary>
/// Sidecar files: <c>NAME.meta.json</c>, <c>NAME.meta.yaml</c> or <c>NAME.meta.yml</c> beside an
/// article file <c>NAME.ext</c>, stating metadata the file itself lacks or gets wrong (an
/// outlet, a date). They are not articles: <see cref="CorpusFiles"/> passes over them.
/// </summary>
public static class Sidecars
{
    /// <summary>The endings of a sidecar's name, in the order they are looked for.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = [".meta.json", ".meta.yaml", ".meta.yml"];

    /// <summary>Whether a file, by its name, is a sidecar.</summary>
    public static bool IsSidecar(string fileName) =>
        Suffixes.Any(suffix => fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The sidecar of an article file, or null. For <c>a.jsonl.gz</c> it is looked for as
    /// <c>a.jsonl.gz.meta.*</c>, <c>a.jsonl.meta.*</c>, then <c>a.meta.*</c>: the longest name
    /// first, so two files that share a stem can still have one each.
    /// </summary>
    /// <remarks>Public so that incremental indexing can treat a changed sidecar as a changed file.</remarks>
    public static string? Find(string articlePath)
    {
        var folder = Path.GetDirectoryName(articlePath) ?? "";
        var name = Path.GetFileName(articlePath);
        if (IsSidecar(name)) return null;
        foreach (var stem in Stems(name))
        {
            foreach (var suffix in Suffixes)
            {
                var candidate = Path.Combine(folder, stem + suffix);
                // Only a regular file: a FIFO would block the run, a link could lead out of the folder.
                if (FileKinds.Of(candidate) == FileKind.Regular) return candidate;
            }
        }
        return null;
    }

    private static IEnumerable<string> Stems(string name)
    {
        yield return name;
        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
            yield return name[..dot];
    }
}
