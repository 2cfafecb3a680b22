using NewsArchive.Core.Indexing;

namespace NewsArchive.Indexer;

internal static class SummaryPrinter
{
    public static void Print(IndexSummary summary, TextWriter output)
    {
        output.WriteLine(
            $"Indexed {summary.Indexed:N0} articles ({summary.Added:N0} new, {summary.Replaced:N0} replaced) " +
            $"in {summary.Elapsed.TotalSeconds:N1} s ({summary.ArticlesPerSecond:N0} articles/s).");
        output.WriteLine($"The index holds {summary.TotalArticles:N0} articles.");
        if (summary.Skipped.Count == 0) return;
        output.WriteLine($"Skipped {summary.Skipped.Count:N0}:");
        foreach (var problem in summary.Skipped) output.WriteLine($"  {problem}");
    }
}
