using System.Diagnostics;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Search.Spelling;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// Does "Did you mean" offer the right word for a misspelling, and nothing for a word spelt right?
/// Each word of each set is searched alone through the app's public search, one search a word,
/// and its spelling advice read as the results page shows it.
/// </summary>
internal sealed class SpellingBenchmark(string indexPath, IReadOnlyList<string> setPaths, bool showFailures, TextWriter output)
{
    private const int WarmUp = 20;

    public void Run()
    {
        using var index = ArchiveIndex.Open(indexPath);
        using var analyzer = ArchiveAnalyzer.Create();
        var searcher = new ArchiveSearcher(index, analyzer);
        var sets = setPaths.Select(path => (Name: Path.GetFileNameWithoutExtension(path), Items: SpellingSet.Read(path))).ToList();
        // The first searches pay for the JIT and for opening the index's files.
        foreach (var item in sets.SelectMany(set => set.Items).Take(WarmUp)) Search(searcher, item.Word);

        var tallies = new List<SpellingTally>();
        foreach (var (name, items) in sets)
        {
            foreach (var half in items.Select(item => item.Half).Distinct().Order(StringComparer.Ordinal))
            {
                var tally = new SpellingTally(name, half);
                foreach (var item in items.Where(item => item.Half == half))
                {
                    var clock = Stopwatch.StartNew();
                    var advice = Search(searcher, item.Word);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    var outcome = Judge(item, advice.Suggestion);
                    tally.Add(outcome, advice.Variants.Count > 0, ms);
                    if (showFailures && outcome != SpellingOutcome.Right)
                        output.WriteLine($"  {name}/{half} {outcome.ToString().ToLowerInvariant()}: {item.Word} -> {(item.IsCorrect ? "(no offer)" : item.Expected)}, offered {advice.Suggestion?.Query ?? "nothing"}");
                }
                tallies.Add(tally);
            }
        }

        var rows = tallies.Select(t => t.Row()).ToList();
        Print(rows);
        var path = ResultsLog.Append("spelling", new { index = Path.GetFileName(Path.TrimEndingDirectorySeparator(indexPath)), sets = sets.Select(s => s.Name) }, rows);
        output.WriteLine($"Appended {rows.Count} rows to {Path.GetRelativePath(RepositoryPaths.Root, path)}");
    }

    /// <summary>
    /// The advice as typed: a word that finds nothing would otherwise be answered with its
    /// correction's results ("Showing results for"), which is the same suggestion shown another way.
    /// </summary>
    private static SpellingAdvice Search(ArchiveSearcher searcher, string word) =>
        searcher.Search(new SearchRequest { Query = word, PageSize = 1, Snippets = false, AsTyped = true }).Spelling;

    /// <summary>
    /// A misspelling is put right when the suggestion is the meant word or a form of it, or holds
    /// one among its corrected words (a suggestion can also rewrite how the word was split), or when nothing is
    /// offered because the search already finds the meant word as a form of the typed one (senat
    /// finds senate, Mcconnel McConnell: they share a stem); a word spelt right should get no
    /// suggestion at all.
    /// </summary>
    private static SpellingOutcome Judge(SpellingItem item, SpellingSuggestion? suggestion)
    {
        if (suggestion is null)
            return item.IsCorrect || AreForms(item.Word, item.Expected) ? SpellingOutcome.Right : SpellingOutcome.None;
        if (item.IsCorrect) return SpellingOutcome.Wrong;
        var meant = IsMeant(suggestion.Query, item.Expected)
            || suggestion.Parts.Any(part => part.Corrected && IsMeant(part.Text, item.Expected));
        return meant ? SpellingOutcome.Right : SpellingOutcome.Wrong;
    }

    /// <summary>The meant word, or a form of it that the search finds it through (close for closed).</summary>
    private static bool IsMeant(string offered, string expected) =>
        string.Equals(offered.Trim(), expected, StringComparison.OrdinalIgnoreCase) || AreForms(offered.Trim(), expected);

    /// <summary>Whether the words share their Porter stem, as the search's stemmed fields index them, whatever their case.</summary>
    private static bool AreForms(string a, string b) => WordForms.AreForms(a.ToLowerInvariant(), b.ToLowerInvariant());

    private void Print(List<SpellingRow> rows)
    {
        var table = new TextTable("set", "half", "words", "right", "wrong offer", "no offer", "also spelt", "median ms", "p99 ms");
        foreach (var row in rows)
            table.Add(row.Set, row.Half, $"{row.Words}", $"{row.Right:P1}", $"{row.Wrong:P1}", $"{row.None:P1}", $"{row.Variants:P1}", $"{row.MedianMs:F2}", $"{row.P99Ms:F2}");
        output.WriteLine();
        table.WriteTo(output);
        output.WriteLine();
    }
}
