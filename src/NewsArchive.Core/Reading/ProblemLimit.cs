namespace NewsArchive.Core.Reading;

/// <summary>
/// Bounds what one file can report: its first problems and warnings are told one by one, then
/// only how many more there were, and the last problem, which is often why the reading stopped
/// (a compression bomb, a cut file). A file of a billion bad lines would otherwise write a
/// billion log lines and hold a billion problems in the run's summary.
/// </summary>
internal static class ProblemLimit
{
    public static IEnumerable<ReadResult> Apply(IEnumerable<ReadResult> results, string path, int max)
    {
        int problems = 0, warnings = 0;
        ReadResult? last = null;
        foreach (var result in results)
        {
            if (result.Problem is not null)
            {
                if (++problems <= max) yield return result;
                else last = result;
                continue;
            }
            var told = Math.Clamp(max - warnings, 0, result.Warnings.Count);
            warnings += result.Warnings.Count;
            if (result.Article is { } article)
                yield return told == result.Warnings.Count ? result : ReadResult.Of(article, result.Warnings.Take(told).ToList());
            else if (told > 0)
                yield return result;
        }
        if (problems > max + 1) yield return ReadResult.Skipped(path, null, $"and {problems - max - 1:N0} more problems in this file");
        if (last is { } lastProblem) yield return lastProblem;
        if (warnings > max) yield return ReadResult.Note(new ReadProblem(path, null, $"and {warnings - max:N0} more warnings in this file"));
    }
}
