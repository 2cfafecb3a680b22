using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Indexing;

/// <summary>How often a run reports progress and commits.</summary>
public sealed record IndexRunOptions
{
    /// <summary>How often a long run commits, so that readers see progress and a crash loses little.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Threads that analyse and write articles, one per core by default. With more than one,
    /// articles land in the index in an order that varies from run to run; one keeps the order
    /// they were read in.
    /// </summary>
    public int IndexingThreads { get; init; } = IndexingLanes.ForThisMachine;

    /// <summary>How alike articles must be to be grouped into one story at the end of the run.</summary>
    public StoryOptions Stories { get; init; } = new();
}

/// <summary>
/// One pass of read results into the writer: counts what was added, replaced and skipped, logs
/// each problem once, reports progress, and commits periodically.
/// </summary>
internal sealed class IndexRun(ArchiveWriter writer, IndexRunOptions options, ILogger logger, IProgress<IndexProgress>? progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly HashSet<string> seenThisRun = new(StringComparer.Ordinal);
    private readonly List<ReadProblem> skipped = [];
    private readonly List<ReadProblem> warnings = [];
    private TimeSpan lastCommit;
    private TimeSpan lastProgress;
    private int added;
    private int replaced;

    public int Removed { get; set; }

    public void Add(ReadResult result, string? origin)
    {
        var problem = result.Problem
            ?? (WholeTermLimit.Problem(result.Article!) is { } tooLong ? new ReadProblem(origin ?? Headline.Shorten(result.Article!.Id, 60), null, tooLong) : null);
        if (problem is not null)
        {
            skipped.Add(problem);
            logger.LogWarning("Skipped {Input}", problem.ToString());
            return;
        }
        foreach (var warning in result.Warnings)
        {
            warnings.Add(warning);
            logger.LogWarning("Indexed with a warning: {Input}", warning.ToString());
        }
        var article = result.Article!;
        var earlier = !seenThisRun.Add(article.Id) ? EarlierVersion.InThisRun
            : writer.WasIndexed(article.Id) ? EarlierVersion.InIndex
            : EarlierVersion.None;
        writer.Write(article, origin, earlier);
        if (earlier != EarlierVersion.None) replaced++;
        else added++;
    }

    /// <summary>Reports progress and commits when it is time; <paramref name="commitData"/> is asked only then.</summary>
    public void Tick(Func<IDictionary<string, string>>? commitData = null)
    {
        var elapsed = clock.Elapsed;
        if (elapsed - lastProgress >= options.ProgressInterval)
        {
            progress?.Report(Progress(elapsed));
            lastProgress = elapsed;
        }
        if (elapsed - lastCommit >= options.CommitInterval)
        {
            writer.Commit(commitData?.Invoke());
            lastCommit = elapsed;
            logger.LogInformation("Committed {Articles} articles so far", added + replaced);
        }
    }

    public IndexSummary Finish(IDictionary<string, string>? commitData, FileCounts? files)
    {
        var stories = writer.GroupStories(options.Stories);
        logger.LogInformation("Grouped {Articles} articles into stories in {Seconds:F1} s: {Joined} joined another's story, {Started} started one",
            stories.Grouped, stories.Elapsed.TotalSeconds, stories.Joined, stories.Started);
        writer.Commit(commitData);
        var summary = new IndexSummary(added, replaced, Removed, skipped, warnings, files, writer.ArticleCount, clock.Elapsed) { Stories = stories };
        progress?.Report(Progress(summary.Elapsed));
        logger.LogInformation(
            "Indexed {Indexed} articles ({Added} new, {Replaced} replaced, {Removed} removed), skipped {Skipped}, {Warnings} warnings, {Total} in the index, in {Seconds:F1} s ({Rate:F0} articles/s)",
            summary.Indexed, added, replaced, Removed, skipped.Count, warnings.Count, summary.TotalArticles, summary.Elapsed.TotalSeconds, summary.ArticlesPerSecond);
        return summary;
    }

    private IndexProgress Progress(TimeSpan elapsed) => new(added + replaced, skipped.Count, elapsed);
}
