namespace NewsArchive.Core.Tests.Support;

/// <summary>The repository's corpus: the five seed articles and the Reuters-21578 collection.</summary>
internal static class BundledCorpus
{
    public static string Seeds => RepositoryPaths.Seeds;

    public static string Reuters => RepositoryPaths.Reuters;

    /// <summary>Lines in the Reuters file; one (reuters-12793) has neither title nor body.</summary>
    public const int ReutersLines = 21_578;

    public const int ReutersArticles = ReutersLines - 1;

    public const int SeedArticles = 5;
}
