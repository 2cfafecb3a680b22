namespace NewsArchive.Core.Reading;

/// <summary>Reads every article in files and folders with the reader made for each file.</summary>
public sealed class CorpusReader(IReadOnlyList<IArticleReader> readers)
{
    public static CorpusReader Default { get; } = new([new PlainTextReader(), new JsonLinesReader()]);

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        foreach (var missing in list.Where(path => !Path.Exists(path)))
            yield return ReadResult.Skipped(missing, null, "no such file or folder");
        foreach (var file in CorpusFiles.Find(list))
            foreach (var result in ReadFile(file))
                yield return result;
    }

    public IEnumerable<ReadResult> ReadFile(CorpusFile file)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(file.Path));
        if (reader is null)
            return [ReadResult.Skipped(file.Path, null, $"unsupported file type ({Path.GetExtension(file.Path)})")];
        return reader.Read(file.Path, file.Id);
    }
}
