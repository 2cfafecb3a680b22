namespace NewsArchive.Core.Reading;

/// <summary>A file to read, and the folder it was found under (which its articles' ids are relative to).</summary>
public sealed record CorpusFile(string Path, string Root)
{
    /// <summary>The id of the file's articles: its path under <see cref="Root"/>, without extensions.</summary>
    public string Id
    {
        get
        {
            var relative = System.IO.Path.GetRelativePath(Root, Path).Replace('\\', '/');
            var name = System.IO.Path.GetFileName(relative);
            var dot = name.IndexOf('.', 1);
            return dot < 0 ? relative : relative[..^(name.Length - dot)];
        }
    }
}

/// <summary>Finds the files under the paths a user gives, in a stable order so that runs are reproducible.</summary>
public static class CorpusFiles
{
    /// <summary>
    /// Every file under the given files and folders (recursively), skipping what is not an
    /// article; paths that do not exist are left out (callers report them).
    /// </summary>
    public static IEnumerable<CorpusFile> Find(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in FilesUnder(full)) yield return new CorpusFile(file, full);
            }
            else if (File.Exists(full))
            {
                yield return new CorpusFile(full, System.IO.Path.GetDirectoryName(full)!);
            }
        }
    }

    /// <summary>One skipped input for each given path that does not exist.</summary>
    public static IEnumerable<ReadResult> Missing(IEnumerable<string> paths) =>
        paths.Where(path => !System.IO.Path.Exists(path)).Select(path => ReadResult.Skipped(path, null, "no such file or folder"));

    /// <summary>
    /// Hidden files, a folder's own documentation (README, LICENSE) and sidecars (metadata for
    /// the file beside them, see <see cref="Sidecars"/>) are not articles, so they are passed over
    /// without a warning.
    /// </summary>
    public static bool IsIgnored(string fileName) =>
        fileName.StartsWith('.')
        || fileName.StartsWith("README", StringComparison.OrdinalIgnoreCase)
        || fileName.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
        || Sidecars.IsSidecar(fileName);

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(file => !IsIgnored(System.IO.Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);
}
