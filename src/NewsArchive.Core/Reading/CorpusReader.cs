namespace NewsArchive.Core.Reading;

/// <summary>
/// Reads every article in files and folders with the reader made for each file, and lets a
/// sidecar beside a file (see <see cref="Sidecars"/>) override what was read from it.
/// </summary>
public sealed class CorpusReader(IReadOnlyList<IArticleReader> readers, ReadingOptions options)
{
    public CorpusReader(IReadOnlyList<IArticleReader> readers)
        : this(readers, ReadingOptions.Default)
    {
    }

    /// <summary>Every format, with the known field names only.</summary>
    public static CorpusReader Default { get; } = Create(ReadingOptions.Default);

    /// <summary>Every format, read as <paramref name="options"/> say (a field map, size limits, sidecars).</summary>
    /// <remarks>Saved web pages have no field names to map, and their reader keeps its own size limit.</remarks>
    public static CorpusReader Create(ReadingOptions options) =>
        new([new PlainTextReader(options), new MarkdownReader(options), new Html.HtmlArticleReader(), new JsonFileReader(options)], options);

    public ReadingOptions Options => options;

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        foreach (var missing in CorpusFiles.Missing(list))
            yield return missing;
        var scan = CorpusFiles.Scan(list);
        foreach (var skipped in scan.Skipped)
            yield return skipped;
        foreach (var file in scan.Files)
            foreach (var result in ReadFile(file))
                yield return result;
    }

    public IEnumerable<ReadResult> ReadFile(CorpusFile file)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file.Path));
        if (reader is null)
            return [ReadResult.Skipped(file.Path, null, $"unsupported file type ({Path.GetExtension(file.Path)})")];
        var results = reader.Read(file.Path, file.Id);
        if (options.UseSidecars) results = WithSidecar(file.Path, results);
        return ProblemLimit.Apply(ArticleTextLimit.Apply(results, file.Path, options), file.Path, options.MaxProblemsPerFile);
    }

    // Deferred like the reader's results: the sidecar is looked for when the file is read.
    private IEnumerable<ReadResult> WithSidecar(string path, IEnumerable<ReadResult> results)
    {
        var sidecar = Sidecars.Find(path) is { } found ? Sidecar.Load(found, options) : null;
        foreach (var result in sidecar?.Apply(results) ?? results)
            yield return result;
    }
}
