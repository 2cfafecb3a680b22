using NewsArchive.Core.Ingest;

namespace NewsArchive.Indexer;

internal static class SummaryPrinter
{
    public static void Print(IndexSummary summary, TextWriter output)
    {
        output.WriteLine(
            $"Indexed {Articles(summary.Indexed)} ({summary.Added:N0} new, {summary.Replaced:N0} replaced) " +
            $"in {summary.Elapsed.TotalSeconds:N1} s ({summary.ArticlesPerSecond:N0} articles/s).");
        if (summary.Files is { } files)
            output.WriteLine($"Files: {files.Read:N0} read, {files.Unchanged:N0} unchanged, {files.Deleted:N0} deleted.");
        if (summary.Removed > 0)
            output.WriteLine($"Removed {Articles(summary.Removed)} of deleted or changed files.");
        if (summary.Stories.Grouped > 0)
            output.WriteLine(
                $"Stories: {Articles(summary.Stories.Grouped)} grouped into stories in {summary.Stories.Elapsed.TotalSeconds:N1} s, " +
                $"{summary.Stories.Joined:N0} joining another article's story" +
                (summary.Stories.Merged > 0 ? $", {summary.Stories.Merged:N0} {(summary.Stories.Merged == 1 ? "story" : "stories")} merged into another." : "."));
        output.WriteLine($"The index holds {Articles(summary.TotalArticles)}.");
        PrintProblems("Skipped", summary.Skipped, output);
        PrintProblems("Warnings", summary.Warnings, output);
    }

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count:N0} articles";

    private static void PrintProblems(string heading, IReadOnlyList<Core.Reading.ReadProblem> problems, TextWriter output)
    {
        if (problems.Count == 0) return;
        output.WriteLine($"{heading} ({problems.Count:N0}):");
        foreach (var problem in problems) output.WriteLine($"  {problem}");
    }
}
