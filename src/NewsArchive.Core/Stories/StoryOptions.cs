namespace NewsArchive.Core.Stories;

/// <summary>How alike two articles must be to be one story. The defaults were chosen by measuring the grouping on real corpora (see the README).</summary>
public sealed record StoryOptions
{
    /// <summary>Estimated Jaccard similarity of word shingles above which one text is a copy or light rewrite of the other.</summary>
    public double NearCopySimilarity { get; init; } = 0.7;

    /// <summary>Cosine of TF-IDF vectors of their headlines and leads above which two reports of the same day tell the same event.</summary>
    public double SameEventSimilarity { get; init; } = 0.1;

    /// <summary>
    /// How much more alike two reports must be for each day between them: an event is reported on
    /// its day, and the days after bring follow-ups that share its words (the firing, then the
    /// testimony about it).
    /// </summary>
    public double SameEventSimilarityPerDay { get; init; } = 0.1;

    /// <summary>
    /// Cosine two reports of one outlet need, at least, to tell one event: an outlet's reports of
    /// one event are a few updates, while its reports of different happenings of one kind (a
    /// wire's daily rubber prices, a hundred companies' quarterly results) share their wording.
    /// The low thresholds above are for different outlets, which write one event differently.
    /// </summary>
    public double SameSourceSimilarity { get; init; } = 0.45;

    /// <summary>
    /// Cosine an article must have with a report of each of two stories to merge them: far above
    /// what joining one takes, since a report that is a little like two stories is more often a
    /// follow-up of one than the missing link between them. A near-copy of both always merges them.
    /// </summary>
    public double MergeSimilarity { get; init; } = 0.45;

    /// <summary>Reports of one event are looked for this many days either side of an article's date.</summary>
    public int EventWindowDays { get; init; } = 3;

    /// <summary>
    /// The most days a story may span from its first report to its last when reports join it by
    /// likeness: without it, a running subject (a daily market report) would chain into one story.
    /// </summary>
    public int MaxStoryDays { get; init; } = 7;

    /// <summary>Most alike articles looked at for each article, of each kind.</summary>
    public int Candidates { get; init; } = 10;
}
