namespace NewsArchive.Benchmarks.Spelling;

/// <summary>A mined candidate and a reviewer's decision on it: "kept" (a misspelling of the frequent word) or "dropped", with a one-word reason.</summary>
internal sealed record Review(string Decision, string Reason, MisspellingCandidate Candidate, string AsWritten, string Snippet)
{
    public const string Kept = "kept";
    public const string Undecided = "?";
}

/// <summary>
/// The audit trail of the mined sets: every candidate looked at, with its decision, its counts and
/// the text it was read in, tab-separated with a header. Written undecided by the miner; the
/// reviewer fills in the first two columns.
/// </summary>
internal static class ReviewFile
{
    private const string Header = "decision\treason\trare\tfrequent\trareArticles\tfrequentArticles\tedits\tasWritten\tsnippet";

    public static void Write(string path, IEnumerable<Review> reviews) =>
        File.WriteAllLines(path, reviews.Select(r =>
            $"{r.Decision}\t{r.Reason}\t{r.Candidate.Rare}\t{r.Candidate.Frequent}\t{r.Candidate.RareArticles}\t{r.Candidate.FrequentArticles}\t{r.Candidate.Edits}\t{r.AsWritten}\t{r.Snippet.Replace('\t', ' ')}")
            .Prepend(Header));

    public static List<Review> Read(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t') switch
        {
            [var decision, var reason, var rare, var frequent, var rareArticles, var frequentArticles, var edits, var asWritten, var snippet] =>
                new Review(decision, reason, new MisspellingCandidate(rare, frequent, int.Parse(rareArticles), int.Parse(frequentArticles), int.Parse(edits)), asWritten, snippet),
            _ => throw new FormatException($"{path}: expected nine tab-separated columns: {line}"),
        }).ToList();
}
