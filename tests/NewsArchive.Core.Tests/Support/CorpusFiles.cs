using NewsArchive.Core.Tests.Reading;

namespace NewsArchive.Core.Tests.Support;

/// <summary>The repository's corpus: the five seed articles and the Reuters-21578 collection.</summary>
internal static class CorpusFiles
{
    public static string Seeds => SeedCorpus.Folder;

    public static string Reuters { get; } = Path.Combine(Path.GetDirectoryName(SeedCorpus.Folder)!, "reuters21578.jsonl.gz");

    /// <summary>Lines in the Reuters file; one (reuters-12793) has neither title nor body.</summary>
    public const int ReutersLines = 21_578;

    public const int ReutersArticles = ReutersLines - 1;

    public const int SeedArticles = 5;
}
