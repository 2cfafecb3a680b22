namespace NewsArchive.Core.Reading;

/// <summary>A file to read, and the folder it was found under (which its articles' ids are relative to).</summary>
public sealed record CorpusFile(string Path, string Root)
{
    /// <summary>
    /// The id of the file's articles: its whole path under <see cref="Root"/>, extension included,
    /// so that a.txt, a.md and a.v2.txt are three articles. Only this system's folder separator
    /// becomes '/': on Linux a backslash is part of a file's name, and a\b.txt is not a/b.txt.
    /// </summary>
    public string Id
    {
        get
        {
            var relative = System.IO.Path.GetRelativePath(Root, Path);
            return System.IO.Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(System.IO.Path.DirectorySeparatorChar, '/');
        }
    }
}

/// <summary>The files found under the given paths, and the entries passed over with a reason.</summary>
public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<ReadResult> Skipped);

/// <summary>
/// Finds the files under the paths a user gives, in a stable order so that runs are
/// reproducible. The given folders are the boundary: symbolic links are never followed (a link
/// out would read files nobody gave, a link back up or to itself would read the same files again
/// without end), and FIFOs, sockets and devices are never opened (a FIFO blocks a run forever).
/// </summary>
public static class CorpusFiles
{
    /// <summary>
    /// Every file under the given files and folders (recursively), skipping what is not an
    /// article; paths that do not exist are left out (see <see cref="Missing"/>).
    /// </summary>
    public static CorpusScan Scan(IEnumerable<string> paths)
    {
        var files = new List<CorpusFile>();
        var skipped = new List<ReadResult>();
        // A file under two of the given paths (a folder and its subfolder) is still read once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path);
            var found = new List<CorpusFile>();
            // A path the user names is taken as given, a link included: it is their choice.
            if (Directory.Exists(full)) Walk(full, found, skipped);
            else if (File.Exists(full) && Usable(full, FileKinds.Of(full), full, skipped))
                found.Add(new CorpusFile(full, System.IO.Path.GetDirectoryName(full)!));
            found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            files.AddRange(found.Where(file => seen.Add(file.Path)));
        }
        // Folders are listed in whatever order the file system keeps; reports should not vary with it.
        skipped.Sort((a, b) => string.CompareOrdinal(a.Problem!.Path, b.Problem!.Path));
        return new CorpusScan(files, skipped);
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

    /// <summary>
    /// Depth first with a stack of its own, so that no depth of folders overflows the call stack;
    /// every folder is entered once, by its own path, since links are never followed.
    /// </summary>
    private static void Walk(string root, List<CorpusFile> files, List<ReadResult> skipped)
    {
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add(ReadResult.Skipped(folder, null, $"unreadable folder: {ex.Message}"));
                continue;
            }
            foreach (var entry in entries)
            {
                var name = System.IO.Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                var kind = FileKinds.Of(entry);
                if (kind == FileKind.Directory) folders.Push(entry);
                else if (!IsIgnored(name) && Usable(entry, kind, root, skipped)) files.Add(new CorpusFile(entry, root));
            }
        }
    }

    /// <summary>Whether an entry that is not a folder can be read as a file, saying why not when it cannot.</summary>
    private static bool Usable(string path, FileKind kind, string root, List<ReadResult> skipped)
    {
        switch (kind)
        {
            case FileKind.Regular:
                return true;
            case FileKind.SymbolicLink when path != root:
                if (LinkOutside(path, root) is { } target)
                    skipped.Add(ReadResult.Skipped(path, null, $"a symbolic link to {target}, outside the folder: not followed"));
                // A link to a file inside the folder is passed over quietly: that file is read at its own path.
                return false;
            case FileKind.SymbolicLink:
                return true; // a file the user named, through a link of their own
            case FileKind.Special:
                skipped.Add(ReadResult.Skipped(path, null, "not a regular file (a FIFO, socket or device): never opened"));
                return false;
            default:
                return false; // gone since the folder was listed
        }
    }

    /// <summary>Where a link leads when that is outside <paramref name="root"/> (or nowhere), else null.</summary>
    private static string? LinkOutside(string link, string root)
    {
        string target;
        try
        {
            target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "nowhere";
        }
        catch (IOException)
        {
            return "itself (a loop of links)";
        }
        var inside = target == root || target.StartsWith(root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && System.IO.Path.Exists(target) ? null : target;
    }
}
