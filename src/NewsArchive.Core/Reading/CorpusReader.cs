namespace NewsArchive.Core.Reading;

/// <summary>
/// Walks files and folders and reads every article in them with the reader made for each file,
/// in a stable order so that ids and runs are reproducible.
/// </summary>
public sealed class CorpusReader(IReadOnlyList<IArticleReader> readers)
{
    public static CorpusReader Default { get; } = new([new PlainTextReader(), new JsonLinesReader()]);

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in FilesUnder(full))
                    foreach (var result in ReadFile(file, full))
                        yield return result;
            }
            else if (File.Exists(full))
            {
                foreach (var result in ReadFile(full, Path.GetDirectoryName(full)!))
                    yield return result;
            }
            else
            {
                yield return ReadResult.Skipped(path, null, "no such file or folder");
            }
        }
    }

    /// <summary>
    /// Hidden files and a folder's own documentation (README, LICENSE) are not articles, so they
    /// are passed over without a warning.
    /// </summary>
    public static bool IsIgnored(string fileName) =>
        fileName.StartsWith('.')
        || fileName.StartsWith("README", StringComparison.OrdinalIgnoreCase)
        || fileName.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id of a file's articles: its path under the folder given, without extensions.</summary>
    public static string FileId(string file, string root)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var name = Path.GetFileName(relative);
        var dot = name.IndexOf('.', 1);
        return dot < 0 ? relative : relative[..^(name.Length - dot)];
    }

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(file => !IsIgnored(Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);

    private IEnumerable<ReadResult> ReadFile(string file, string root)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file));
        if (reader is null)
            return [ReadResult.Skipped(file, null, $"unsupported file type ({Path.GetExtension(file)})")];
        return reader.Read(file, FileId(file, root));
    }
}
