using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Ingest;

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
    public int IndexingThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>How alike articles must be to be grouped into one story at the end of the run.</summary>
    public StoryOptions Stories { get; init; } = new();
}

/// <summary>
/// One pass of read results into the writer: counts what was added, replaced and skipped, logs
/// each problem once, reports progress, and commits periodically.
/// </summary>
internal sealed class IndexRun(IArchiveSink writer, IndexRunOptions options, ILogger logger, IProgress<IndexProgress>? progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    // Where each id of this run came from, to tell a second article with one from the first.
    private readonly Dictionary<string, string> sourceOf = new(StringComparer.Ordinal);
    private readonly List<ReadProblem> skipped = [];
    private readonly List<ReadProblem> warnings = [];
    private TimeSpan lastCommit;
    private TimeSpan lastProgress;
    private int added;
    private int replaced;

    public int Removed { get; set; }

    /// <summary>
    /// Whether a second article with an id already given in this run is kept beside the first
    /// (files, where one id for two articles is a collision of names) rather than replacing it (a
    /// stream of versions, where the last one wins).
    /// </summary>
    public bool KeepsEveryArticle { get; init; }

    /// <summary>
    /// With <see cref="KeepsEveryArticle"/>: whether an id (first argument) belongs to an article
    /// of another origin than the second argument in the index as it was, left as it was.
    /// </summary>
    public Func<string, string, bool> HeldByAnother { get; init; } = (_, _) => false;

    /// <summary>Indexes an article, or reports why an input could not be used and returns that problem.</summary>
    public ReadProblem? Add(ReadResult result, string? origin)
    {
        var problem = result.Problem
            ?? (result.Article is { } read && writer.Refusal(read) is { } tooLong ? new ReadProblem(origin ?? Headline.Shorten(read.Id, 60), null, tooLong) : null);
        if (problem is not null)
        {
            Report(problem);
            return problem;
        }
        foreach (var warning in result.Warnings)
        {
            warnings.Add(warning);
            logger.LogWarning("Indexed with a warning: {Input}", warning.ToString());
        }
        if (result.Article is not { } article) return null;
        EarlierVersion earlier;
        if (KeepsEveryArticle)
        {
            article = WithIdOfItsOwn(article, origin);
            earlier = writer.WasIndexed(article.Id) ? EarlierVersion.InIndex : EarlierVersion.None;
        }
        else
        {
            earlier = !sourceOf.TryAdd(article.Id, origin ?? "") ? EarlierVersion.InThisRun
                : writer.WasIndexed(article.Id) ? EarlierVersion.InIndex
                : EarlierVersion.None;
        }
        writer.Write(article, origin, earlier);
        if (earlier != EarlierVersion.None) replaced++;
        else added++;
        return null;
    }

    /// <summary>Counts and logs an input that could not be used (also one remembered from an earlier run).</summary>
    public void Report(ReadProblem problem)
    {
        skipped.Add(problem);
        logger.LogWarning("Skipped {Input}", problem.ToString());
    }

    /// <summary>
    /// Two articles of one run with one id would silently become one: the second is kept too, under
    /// the id with "~2" (or the next number free), which depends only on the order of the files and
    /// of the articles in them, so an unchanged corpus gives the same ids on every run. So is an
    /// article of a changed file whose id is another file's, from an earlier run.
    /// </summary>
    private Article WithIdOfItsOwn(Article article, string? origin)
    {
        var source = origin ?? "the input";
        var first = sourceOf.GetValueOrDefault(article.Id)
            ?? (HeldByAnother(article.Id, source) ? "another file, indexed before" : null);
        if (first is null)
        {
            sourceOf.Add(article.Id, source);
            return article;
        }
        var id = article.Id;
        var n = 2;
        while (sourceOf.ContainsKey($"{id}~{n}") || HeldByAnother($"{id}~{n}", source)) n++;
        var distinct = $"{id}~{n}";
        sourceOf.Add(distinct, source);
        var warning = new ReadProblem(source, null,
            $"id \"{Headline.Shorten(id, 60)}\" of \"{Headline.Shorten(article.Title, 60)}\" is already the id of an article of {first}; this one is kept as \"{Headline.Shorten(distinct, 70)}\"");
        warnings.Add(warning);
        logger.LogWarning("Indexed with a warning: {Input}", warning.ToString());
        return article with { Id = distinct };
    }

    /// <summary>Reports progress and commits when it is time; <paramref name="checkpoint"/> is asked only then.</summary>
    public void Tick(Func<IDictionary<string, string>>? checkpoint = null)
    {
        var elapsed = clock.Elapsed;
        if (elapsed - lastProgress >= options.ProgressInterval)
        {
            progress?.Report(Progress(elapsed));
            lastProgress = elapsed;
        }
        if (elapsed - lastCommit >= options.CommitInterval)
        {
            writer.Commit(checkpoint?.Invoke());
            lastCommit = elapsed;
            logger.LogInformation("Committed {Articles} articles so far", added + replaced);
        }
    }

    public IndexSummary Finish(IDictionary<string, string>? checkpoint, FileCounts? files)
    {
        var stories = writer.GroupStories(options.Stories);
        logger.LogInformation("Grouped {Articles} articles into stories in {Seconds:F1} s: {Joined} joined another's story, {Started} started one",
            stories.Grouped, stories.Elapsed.TotalSeconds, stories.Joined, stories.Started);
        writer.Commit(checkpoint);
        var summary = new IndexSummary(added, replaced, Removed, skipped, warnings, files, writer.ArticleCount, clock.Elapsed) { Stories = stories };
        progress?.Report(Progress(summary.Elapsed));
        logger.LogInformation(
            "Indexed {Indexed} articles ({Added} new, {Replaced} replaced, {Removed} removed), skipped {Skipped}, {Warnings} warnings, {Total} in the index, in {Seconds:F1} s ({Rate:F0} articles/s)",
            summary.Indexed, added, replaced, Removed, skipped.Count, warnings.Count, summary.TotalArticles, summary.Elapsed.TotalSeconds, summary.ArticlesPerSecond);
        return summary;
    }

    private IndexProgress Progress(TimeSpan elapsed) => new(added + replaced, skipped.Count, elapsed);
}
