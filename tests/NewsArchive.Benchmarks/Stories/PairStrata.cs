namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// The kinds of pair drawn for labelling, so that easy and hard cases are all there: what each
/// stratum means is decided here, and only here.
/// </summary>
internal static class PairStrata
{
    public const string Known = "known";
    public const string Headline = "headline";
    public const string Names = "names";
    public const string Topic = "topic";
    public const string Later = "later";
    public const string Random = "random";

    /// <summary>Every stratum but <see cref="Known"/>, drawn in equal numbers, in the file's order.</summary>
    public static IReadOnlyList<string> Drawn { get; } = [Headline, Names, Topic, Later, Random];

    /// <summary>Most days between two reports of one happening that the draw looks at.</summary>
    public const int WindowDays = 3;

    /// <summary>Days apart of a <see cref="Later"/> pair: a later happening of the same saga, on purpose outside the window.</summary>
    public const int LaterFromDays = 4, LaterToDays = 10;

    private const double SimilarHeadlines = 0.4, DifferentHeadlines = 0.2;
    private const int SharedNames = 2;

    /// <summary>
    /// The stratum of two articles, besides <see cref="Random"/> (any two within the window),
    /// or null: the first rule that holds, so that the strata do not overlap.
    /// </summary>
    public static string? Of(PairArticle a, PairArticle b)
    {
        if (a.Site == b.Site) return null;
        var days = a.DaysFrom(b);
        var headlines = PairWords.Jaccard(a.TitleWords, b.TitleWords);
        var names = PairWords.Shared(a.Names, b.Names) >= SharedNames;
        var topic = a.Topic is not null && a.Topic == b.Topic;
        if (days <= WindowDays)
        {
            // Two shared words at least: two one-word headlines alike say little.
            if (headlines >= SimilarHeadlines && PairWords.Shared(a.TitleWords, b.TitleWords) >= 2) return Headline;
            if (headlines < DifferentHeadlines && names) return Names;
            if (headlines < DifferentHeadlines && topic) return Topic;
            return null;
        }
        return days is >= LaterFromDays and <= LaterToDays && topic && names ? Later : null;
    }

    /// <summary>Any two articles of different outlets within the window.</summary>
    public static bool IsRandomCandidate(PairArticle a, PairArticle b) => a.Site != b.Site && a.DaysFrom(b) <= WindowDays;
}
