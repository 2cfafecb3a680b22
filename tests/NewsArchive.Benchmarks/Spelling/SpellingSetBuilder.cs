namespace NewsArchive.Benchmarks.Spelling;

/// <summary>
/// Makes the spelling benchmark's sets for one archive, in two steps. First (mine) a draw of the
/// mined candidates goes to a new review file, undecided, each with the text it was found in
/// (candidates in earlier review files are not drawn again); once a reviewer has read and decided
/// each, the kept ones of every review file become the mined set, beside the generated
/// misspellings of frequent names and words and the set of correctly spelt frequent words. Given
/// review files to take fresh words from, only their kept words are written, to NAME-fresh.tsv:
/// a set drawn after the correction was tuned, which leaves the other sets as they are. The
/// candidates read as real words or names become NAME-rare-real.tsv, where any offer is wrong.
/// </summary>
internal sealed class SpellingSetBuilder(string indexPath, string corpus, string name, string folder, int seed, bool mine, int reviewCount, int minReviewLength, int minReviewFrequent, IReadOnlyList<string> known, IReadOnlyList<string> freshFrom, bool rareRealOnly, TextWriter output)
{
    /// <summary>
    /// Reasons for dropping a candidate that make it a word spelt as meant: a real word, another
    /// name, a ticker, an accepted spelling, a foreign word. (A form, a joined or cut word, a slip
    /// of another word are left out: those are not spelt right.)
    /// </summary>
    private static readonly HashSet<string> SpeltAsMeant = new(["word", "name", "code", "variant", "foreign"], StringComparer.Ordinal);

    /// <summary>Names and words to misspell are drawn from this many of the commonest of each.</summary>
    private const int CommonestPool = 400;
    private const int GeneratedNames = 150;
    private const int GeneratedWords = 150;
    private const int MinGeneratedWordLength = 5;
    /// <summary>A typo that is a word of more articles than this is a word, not a misspelling.</summary>
    private const int MaxTypoArticles = 3;
    private const int CorrectWords = 500;
    private const int MinCorrectArticles = 20;

    /// <summary>Beside the sets' folder, not in it, so that a pattern for the sets never takes in a review.</summary>
    private string ReviewFolder => Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder))!, "review");

    /// <summary>The review files of the archive, one per draw: NAME-1.tsv, NAME-2.tsv…</summary>
    private List<string> ReviewPaths() =>
        Directory.Exists(ReviewFolder) ? Directory.GetFiles(ReviewFolder, $"{name}-*.tsv").Order(StringComparer.Ordinal).ToList() : [];

    public void Run()
    {
        if (freshFrom.Count > 0)
        {
            WriteFresh();
            return;
        }
        if (rareRealOnly)
        {
            WriteRareReal(ReviewPaths().SelectMany(ReviewFile.Read).ToList());
            return;
        }
        var vocabulary = ArchiveVocabulary.Read(indexPath);
        var words = CorpusWords.Read(corpus);
        output.WriteLine($"{vocabulary.Count:N0} words of letters in the index");
        if (mine) WriteCandidates(vocabulary, words);
        else WriteSets(vocabulary, words);
    }

    private void WriteCandidates(Dictionary<string, int> vocabulary, CorpusWords words)
    {
        var candidates = MisspellingMiner.Find(vocabulary);
        var reviewed = ReviewPaths().SelectMany(ReviewFile.Read).Select(r => r.Candidate.Rare).ToHashSet(StringComparer.Ordinal);
        var random = new Random(seed);
        // Known misspellings are reviewed whether drawn or not, so that the set is sure to hold them.
        var mustReview = known.Select(word => word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var drawn = candidates.Where(c => c.Rare.Length >= minReviewLength && c.FrequentArticles >= minReviewFrequent).OrderBy(_ => random.Next()).Take(reviewCount)
            .Concat(candidates.Where(c => mustReview.Contains(c.Rare)))
            .Distinct()
            .Where(c => !reviewed.Contains(c.Rare))
            .OrderBy(c => c.Rare, StringComparer.Ordinal)
            .ToList();
        if (mustReview.Except(candidates.Select(c => c.Rare)).ToList() is [_, ..] missing)
            output.WriteLine($"Not candidates: {string.Join(", ", missing)}");
        Directory.CreateDirectory(ReviewFolder);
        var reviewPath = Path.Combine(ReviewFolder, $"{name}-{ReviewPaths().Count + 1}.tsv");
        ReviewFile.Write(reviewPath, drawn.Select(c => new Review(Review.Undecided, "", c, words.AsWritten(c.Rare), words.Snippet(c.Rare))));
        output.WriteLine($"{candidates.Count:N0} candidates, {drawn.Count} drawn for review into {reviewPath}");
    }

    /// <summary>The kept words of the given review files alone, in the one half "fresh": nothing else is read or written.</summary>
    private void WriteFresh()
    {
        var paths = freshFrom.Select(file => Path.IsPathRooted(file) || File.Exists(file) ? file : Path.Combine(ReviewFolder, file)).ToList();
        var reviews = paths.SelectMany(ReviewFile.Read).ToList();
        if (reviews.FirstOrDefault(r => r.Decision == Review.Undecided) is { } undecided)
            throw new InvalidOperationException($"{undecided.Candidate.Rare} is not reviewed yet");
        var kept = reviews.Where(r => r.Decision == Review.Kept).Select(r => (r.AsWritten, WrittenLike(r.AsWritten, r.Candidate.Frequent))).ToList();
        var path = Path.Combine(folder, $"{name}-fresh.tsv");
        SpellingSet.Write(path, kept, seed, "fresh");
        output.WriteLine($"fresh: {kept.Count} kept of {reviews.Count} reviewed in {string.Join(", ", paths.Select(Path.GetFileName))}, into {path}");
    }

    private void WriteSets(Dictionary<string, int> vocabulary, CorpusWords words)
    {
        var reviews = ReviewPaths().SelectMany(ReviewFile.Read).ToList();
        if (reviews.FirstOrDefault(r => r.Decision == Review.Undecided) is { } undecided)
            throw new InvalidOperationException($"{undecided.Candidate.Rare} is not reviewed yet");
        var kept = reviews.Where(r => r.Decision == Review.Kept).Select(r => (r.AsWritten, WrittenLike(r.AsWritten, r.Candidate.Frequent))).ToList();
        SpellingSet.Write(Path.Combine(folder, $"{name}-mined.tsv"), kept, seed);
        output.WriteLine($"mined: {kept.Count} kept of {reviews.Count} reviewed");
        WriteRareReal(reviews);

        var byArticles = vocabulary.Where(pair => pair.Key.Length >= MisspellingMiner.MinLength).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var names = byArticles.Where(pair => words.IsName(pair.Key)).Take(CommonestPool).Select(pair => words.AsWritten(pair.Key)).ToList();
        var common = byArticles.Where(pair => pair.Key.Length >= MinGeneratedWordLength && !words.IsName(pair.Key)).Take(CommonestPool).Select(pair => pair.Key).ToList();
        var random = new Random(seed);
        var originals = Draw(names, GeneratedNames, random).Concat(Draw(common, GeneratedWords, random)).ToList();
        var typos = originals.Select(original => (Typo: KeyboardTypo.Apply(original, random), Original: original))
            .Where(pair => !string.Equals(pair.Typo, pair.Original, StringComparison.OrdinalIgnoreCase)
                && vocabulary.GetValueOrDefault(pair.Typo.ToLowerInvariant()) <= MaxTypoArticles)
            .ToList();
        SpellingSet.Write(Path.Combine(folder, $"{name}-generated.tsv"), typos, seed);
        output.WriteLine($"generated: {typos.Count} of {originals.Count} typos kept (the rest are words of the archive)");

        var correct = Draw(byArticles.Where(pair => pair.Value >= MinCorrectArticles).Select(pair => Typed(words, pair.Key)).ToList(), CorrectWords, random);
        SpellingSet.Write(Path.Combine(folder, $"{name}-correct.tsv"), correct.Select(word => (word, word)), seed);
        output.WriteLine($"correct: {correct.Count} words");
    }

    /// <summary>
    /// The mined candidates a reviewer read as spelt as meant: rare words a letter or two from a far
    /// commoner word, where the correction is most tempted, so that an offer on them is its cost.
    /// </summary>
    private void WriteRareReal(List<Review> reviews)
    {
        var real = reviews.Where(r => r.Decision != Review.Kept && SpeltAsMeant.Contains(r.Reason)).Select(r => (r.AsWritten, r.AsWritten)).Distinct().ToList();
        SpellingSet.Write(Path.Combine(folder, $"{name}-rare-real.tsv"), real, seed);
        output.WriteLine($"rare-real: {real.Count} words and names spelt as meant");
    }

    private static List<string> Draw(List<string> pool, int count, Random random) =>
        pool.OrderBy(_ => random.Next()).Take(count).ToList();

    /// <summary>A word as a reader would type it: a name with its capitals, any other word in lower case.</summary>
    private static string Typed(CorpusWords words, string word) => words.IsName(word) ? words.AsWritten(word) : word;

    /// <summary>The meant word with the misspelling's capital, so that a name stays a name.</summary>
    private static string WrittenLike(string asWritten, string word) =>
        char.IsUpper(asWritten[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
