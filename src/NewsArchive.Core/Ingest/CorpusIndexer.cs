using Microsoft.Extensions.Logging;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Ingest;

/// <summary>What to index and how.</summary>
public sealed record CorpusIndexOptions
{
    /// <summary>Start the index over instead of updating it.</summary>
    public bool Rebuild { get; init; }

    public IndexRunOptions Run { get; init; } = new();
}

/// <summary>
/// Brings the index up to date with files and folders: reads new and changed files, removes the
/// articles of deleted ones, and leaves the rest untouched. What it knows of each file lives in
/// the archive's checkpoint, so a run stopped at any moment resumes from its last commit.
/// </summary>
public sealed class CorpusIndexer(IArchiveEngine engine, CorpusReader reader, ILogger<CorpusIndexer> logger)
{
    public IndexSummary Update(string indexPath, IReadOnlyList<string> inputs, CorpusIndexOptions options,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var writer = engine.OpenSink(indexPath, options.Rebuild, options.Run.IndexingThreads);
        var manifest = FileManifest.FromCheckpoint(writer.Checkpoint);
        var roots = inputs.Select(Path.GetFullPath).ToList();
        var gone = new List<string>();
        var run = new IndexRun(writer, options.Run, logger, progress)
        {
            KeepsEveryArticle = true,
            HeldByAnother = (id, origin) => writer.HeldByAnother(id, origin, gone),
        };

        foreach (var missing in CorpusFiles.Missing(inputs)) run.Add(missing, origin: null);

        var scan = CorpusFiles.Scan(roots);
        foreach (var skipped in scan.Skipped) run.Add(skipped, origin: null);
        var found = scan.Files;
        var present = found.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = manifest.Files.Keys.Where(path => !present.Contains(path) && IsUnder(path, roots)).ToList();
        gone.AddRange(deleted);
        foreach (var path in deleted)
        {
            run.Removed += writer.CountOrigin(path);
            writer.DeleteOrigin(path);
            manifest.Remove(path);
        }

        int read = 0, unchanged = 0;
        foreach (var file in found)
        {
            if (cancellation.IsCancellationRequested) break;
            var state = CurrentState(file.Path, manifest);
            if (state is null)
            {
                unchanged++;
                foreach (var problem in manifest.Files[file.Path].Problems ?? []) run.Report(problem);
                continue;
            }
            read++;
            if (manifest.Files.ContainsKey(file.Path))
            {
                // A changed file (or one named by an older id scheme): its old articles go (some
                // may be gone from the new version, or named otherwise), and it leaves the manifest until it has been read whole, so that a run stopped
                // half-way reads it again.
                run.Removed += writer.CountOrigin(file.Path);
                writer.DeleteOrigin(file.Path);
                manifest.Remove(file.Path);
            }
            // Bounded: the reader tells a file's first problems one by one, then how many more.
            var problems = new List<ReadProblem>();
            foreach (var result in reader.ReadFile(file))
            {
                if (run.Add(result, file.Path) is { } problem) problems.Add(problem);
                run.Tick(manifest.ToCheckpoint);
            }
            if (state.Hash.Length > 0) manifest.Set(file.Path, state with { Problems = problems.Count > 0 ? problems : null });
            run.Tick(manifest.ToCheckpoint);
        }

        return run.Finish(manifest.ToCheckpoint(), new FileCounts(read, unchanged, deleted.Count));
    }

    /// <summary>The file's state when it must be read (new or changed), null when it is as indexed.</summary>
    private static FileState? CurrentState(string path, FileManifest manifest)
    {
        var known = manifest.Files.GetValueOrDefault(path) is { IdScheme: FileState.CurrentIdScheme } current ? current : null;
        if (known is not null && known.SameSizeAndTime(path)) return null;
        FileState now;
        try
        {
            now = FileState.Of(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Read it anyway, so the reader reports why it cannot be used; without a hash it is
            // not remembered, and the next run tries again.
            return new FileState(0, 0, "");
        }
        if (known is not null && known.SameContent(now))
        {
            // Touched but not changed: remember the new time so the next run need not hash it.
            manifest.Set(path, now with { Problems = known.Problems });
            return null;
        }
        return now;
    }

    private static bool IsUnder(string path, List<string> roots) =>
        roots.Any(root => path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
