using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Stories.Features;

/// <summary>
/// The words an article's story is recognised by, chosen while the article is indexed (its text is
/// in memory then, so the grouping never reads text back): the stems of its headline, counted
/// twice, and of its lead, without the words every text has. A report says what happened in its
/// headline and first paragraphs; the rest is background, quotes and boilerplate that other
/// stories share. The stems are the body's indexed stems, so their document frequencies weigh them.
/// </summary>
public static class StoryTerms
{
    /// <summary>Characters of the body read: the lead, a few paragraphs.</summary>
    public const int LeadCharacters = 1_500;

    /// <summary>Stems kept per article, the most frequent first: the vector compared is made of these.</summary>
    public const int MaxTerms = 40;

    /// <summary>A headline says what the story is about more densely than the text: its words count twice.</summary>
    public const int TitleWeight = 2;

    /// <summary>
    /// Words of any text, which would take the places of the telling ones (stems are weighed by
    /// their rarity only when compared, after the choice is made here).
    /// </summary>
    private static readonly CharArraySet StopWords = new(ArchiveSchema.Version,
        ("a about above after again against all also am an and any are as at be because been before being below between both but by " +
         "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
         "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours " +
         "ourselves out over own same she should so some such than that the their theirs them themselves then there these they this " +
         "those through to too under until up very was we were what when where which while who whom why will with would you your " +
         "yours yourself yourselves said says say told according new one two year years mr mrs ms").Split(' '),
        ignoreCase: false);

    private static readonly Analyzer Analyzer = new StoryTermAnalyzer();

    /// <summary>The article's story terms with their counts, the most frequent first (ties: the first written first).</summary>
    public static IReadOnlyList<StoryTerm> Of(string title, string body)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        Count(title, TitleWeight, counts, ref position);
        Count(body.Length > LeadCharacters ? body[..LeadCharacters] : body, 1, counts, ref position);
        return counts
            .OrderByDescending(pair => pair.Value.Count)
            .ThenBy(pair => pair.Value.First)
            .Take(MaxTerms)
            .Select(pair => new StoryTerm(pair.Key, pair.Value.Count))
            .ToList();
    }

    private static void Count(string text, int weight, Dictionary<string, (int Count, int First)> counts, ref int position)
    {
        if (text.Length == 0) return;
        using var stream = Analyzer.GetTokenStream(ArchiveSchema.BodyStem, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var stem = term.ToString();
            if (stem.Length < 2 || stem.All(char.IsDigit)) continue;
            counts[stem] = counts.TryGetValue(stem, out var seen) ? (seen.Count + weight, seen.First) : (weight, position);
            position++;
        }
        stream.End();
    }

    /// <summary>The body's stemmed analysis (see <see cref="ArchiveAnalyzer"/>) with stop words dropped before stemming.</summary>
    private sealed class StoryTermAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => ArchiveAnalyzer.Stemmed(reader, StopWords);
    }
}

/// <summary>A stem of an article's headline or lead and how often it occurs there (headline words twice).</summary>
public readonly record struct StoryTerm(string Stem, int Count);
