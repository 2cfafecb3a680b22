using DiffPlex;
using DiffPlex.Chunkers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Stories.Comparison;

/// <summary>
/// Compares two versions of a story sentence by sentence. Independent reports rarely share a
/// sentence word for word, so a sentence counts as shared when most of its content words (stems,
/// without stop words) are in one sentence of the other version: a Dice coefficient of at least
/// <see cref="SharedAt"/>. Within a shared sentence the words that differ from its counterpart
/// (a name spelt otherwise, a changed figure) are marked by a word diff.
/// </summary>
public sealed class VersionComparer(Analyzer analyzer)
{
    /// <summary>Dice coefficient of two sentences' content words at which they say the same thing.</summary>
    public const double SharedAt = 0.5;

    /// <summary>
    /// Dice coefficient at which one sentence is the other lightly edited: only then are the words
    /// that differ marked (in a paraphrase nearly every word would be).
    /// </summary>
    public const double EditedAt = 0.75;

    public VersionComparison Compare(StoryVersion leftVersion, Article left, StoryVersion rightVersion, Article right)
    {
        var (leftSentences, leftOut) = Sentences(left);
        var (rightSentences, rightOut) = Sentences(right);
        return new VersionComparison(
            Mark(leftVersion, leftSentences, rightSentences) with { LeftOut = leftOut },
            Mark(rightVersion, rightSentences, leftSentences) with { LeftOut = rightOut });
    }

    private ComparedVersion Mark(StoryVersion version, List<List<Sentence>> own, List<List<Sentence>> other)
    {
        var candidates = other.SelectMany(p => p).ToList();
        var counterparts = new Counterparts(candidates);
        var paragraphs = own.Select(paragraph => (IReadOnlyList<ComparedSentence>)paragraph.Select(sentence =>
        {
            var (best, score) = counterparts.Closest(sentence);
            if (best is null || score < SharedAt) return new ComparedSentence(PassageKind.Unique, Unmarked(sentence.Words));
            return new ComparedSentence(PassageKind.Shared, score >= EditedAt ? MarkDifferences(sentence.Words, best.Words) : Unmarked(sentence.Words));
        }).ToList()).ToList();
        return new ComparedVersion(version, paragraphs);
    }

    /// <summary>The words of <paramref name="own"/>, those the word diff against <paramref name="other"/> does not match marked.</summary>
    private static List<ComparedWord> MarkDifferences(string[] own, string[] other)
    {
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', own.Select(Normalise)), string.Join('\n', other.Select(Normalise)),
            ignoreWhiteSpace: false, ignoreCase: true, LineChunker.Instance);
        var differs = new bool[own.Length];
        foreach (var block in diff.DiffBlocks)
            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA && i < own.Length; i++)
                differs[i] = true;
        return own.Select((word, i) => new ComparedWord(word, differs[i])).ToList();
    }

    private static List<ComparedWord> Unmarked(string[] words) => words.Select(w => new ComparedWord(w, false)).ToList();

    /// <summary>A word as the diff compares it: punctuation around it does not make it differ.</summary>
    private static string Normalise(string word) => word.Trim(".,;:!?\"'“”‘’()[]".ToCharArray());

    /// <summary>The article's first <see cref="VersionComparison.MaxSentences"/> sentences by paragraph, and how many more it has.</summary>
    private (List<List<Sentence>> Kept, int LeftOut) Sentences(Article article)
    {
        var kept = new List<List<Sentence>>();
        var (count, leftOut) = (0, 0);
        foreach (var paragraph in article.Paragraphs)
        {
            var sentences = SentenceSplitter.Split(paragraph);
            var room = Math.Clamp(VersionComparison.MaxSentences - count, 0, sentences.Count);
            leftOut += sentences.Count - room;
            count += room;
            if (room > 0) kept.Add(sentences.Take(room).Select(s => new Sentence(s.Split(' ', StringSplitOptions.RemoveEmptyEntries), ContentStems(s))).ToList());
        }
        return (kept, leftOut);
    }

    private HashSet<string> ContentStems(string sentence)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(ArchiveSchema.BodyStem, sentence);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var stem = term.ToString();
            if (!StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(stem)) stems.Add(stem);
        }
        stream.End();
        return stems;
    }

    internal sealed record Sentence(string[] Words, HashSet<string> Stems);
}
