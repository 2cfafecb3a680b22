using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>The small input files in Reading/Fixtures, read as the indexer reads them (sidecars included).</summary>
internal static class ReadingFixtures
{
    /// <summary>Found from the repository root: the files are not copied to the build output.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Core.Tests", "Reading", "Fixtures");

    /// <summary>"Now" for every fixture read, so that which dates lie in the future never changes.</summary>
    public static DateTimeOffset Now { get; } = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static ReadingOptions Options { get; } = new() { Clock = new FixedClock(Now) };

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Every result of one fixture file; articles are named by their path under the fixtures folder.</summary>
    public static List<ReadResult> Read(string relative, ReadingOptions? options = null) =>
        CorpusReader.Create(options ?? Options).ReadFile(new CorpusFile(PathOf(relative), Folder)).ToList();

    public static List<Article> ArticlesOf(IEnumerable<ReadResult> results) =>
        results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();

    /// <summary>The one article of a single-article fixture, which must have been read without a problem.</summary>
    public static (Article Article, IReadOnlyList<ReadProblem> Warnings) ReadOne(string relative, ReadingOptions? options = null)
    {
        var result = Assert.Single(Read(relative, options));
        Assert.Null(result.Problem);
        return (result.Article!, result.Warnings);
    }

    public static List<string> Reasons(IEnumerable<ReadProblem> problems) => problems.Select(p => p.Reason).ToList();
}

/// <summary>A clock that always says the same time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
