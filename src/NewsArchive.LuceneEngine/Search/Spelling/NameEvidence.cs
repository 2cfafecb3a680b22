using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>A word as the articles write it when it is a name, and the capitalised words seen next to it (Mukhtar, Minister).</summary>
internal sealed record WrittenName(string Written, IReadOnlySet<string> Company);

/// <summary>How often the sampled articles write a word capitalised inside a sentence, and how often in lowercase.</summary>
internal sealed record WrittenCase(int Capitalised, int Lowercase, WrittenName? Name)
{
    /// <summary>No article wrote it where case tells (only first in sentences, or in capitals).</summary>
    public bool Unseen => Capitalised == 0 && Lowercase == 0;
}

/// <summary>
/// Whether a word of the index is written like a name, judged from the stored text of a few of
/// the articles that use it: inside sentences it is capitalised, and hardly ever lowercase. Words
/// at the start of a sentence or a paragraph, and words in capitals (Reuters headlines,
/// acronyms), say nothing either way and are not counted. This tells "Tleuberdi" from "grade"
/// without a dictionary, at the cost of reading a few stored articles.
/// </summary>
internal sealed class NameEvidence(Analyzer analyzer)
{
    public const int SampleArticles = 5;

    /// <summary>How many words either side of a name count as its company: a first name and a title.</summary>
    public const int CompanyReach = 2;

    private static readonly string[] Fields = [ArchiveSchema.Body, ArchiveSchema.Title];

    /// <summary>A capitalised word in more of the articles than this share is next to too many names to tell them apart.</summary>
    public const double CommonCompanyShare = 0.01;

    /// <summary>In a small archive every word is in a large share of it; this many articles is never common.</summary>
    public const int MinCommonCompany = 20;

    /// <summary>The word as a name, or null if it does not read as one.</summary>
    public WrittenName? Read(IndexSearcher searcher, string term) => Examine(searcher, term).Name;

    /// <summary>How <paramref name="sample"/> articles write the word, and the word as a name if it reads as one.</summary>
    public WrittenCase Examine(IndexSearcher searcher, string term, int sample = SampleArticles)
    {
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowercase = 0;
        var company = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, tokens, i) in Uses(searcher, term, sample, Fields))
        {
            var written = text[tokens[i].Start..tokens[i].End];
            if (char.IsLower(written[0])) lowercase++;
            if (!IsCapitalised(text, tokens[i])) continue;
            capitalised[written] = capitalised.GetValueOrDefault(written) + 1;
            for (var j = Math.Max(0, i - CompanyReach); j <= Math.Min(tokens.Count - 1, i + CompanyReach); j++)
                if (j != i && tokens[j].Term != term && IsCapitalised(text, tokens[j])) company.Add(tokens[j].Term);
        }
        var counted = new WrittenCase(capitalised.Values.Sum(), lowercase, null);
        // Words of titles (Minister, Bank) are capitalised before names but lowercase elsewhere;
        // a name is hardly ever lowercase.
        if (counted.Capitalised == 0 || lowercase * 10 > counted.Capitalised) return counted;
        var usual = capitalised.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
        return counted with { Name = new WrittenName(usual, company) };
    }

    /// <summary>The words just before and after each use of the word in <paramref name="sample"/> of its articles' bodies.</summary>
    public List<(string? Before, string? After)> Neighbours(IndexSearcher searcher, string term, int sample) =>
        Uses(searcher, term, sample, [ArchiveSchema.Body])
            .Select(use => (use.At > 0 ? use.Tokens[use.At - 1].Term : null, use.At + 1 < use.Tokens.Count ? use.Tokens[use.At + 1].Term : null))
            .ToList();

    /// <summary>Each use of the word in the <paramref name="fields"/> of <paramref name="sample"/> of its articles: the field's text, the words about the use, and which of them it is.</summary>
    private IEnumerable<(string Text, List<(string Term, int Start, int End)> Tokens, int At)> Uses(
        IndexSearcher searcher, string term, int sample, string[] fields)
    {
        var stored = fields.ToHashSet();
        foreach (var doc in SampleDocs(searcher.IndexReader, term, sample))
        {
            var document = searcher.IndexReader.Document(doc, stored);
            foreach (var field in fields)
            {
                var text = document.Get(field);
                if (string.IsNullOrEmpty(text)) continue;
                foreach (var (tokens, at) in Occurrences(field, text, term)) yield return (text, tokens, at);
            }
        }
    }

    /// <summary>
    /// Whether some capitalised word keeps both names company. Words next to many names (Inc,
    /// Minister, President) say nothing about which name it is, so only words in at most
    /// <see cref="CommonCompanyShare"/> of the articles (or a few, in a small archive) count; and
    /// words in at most <paramref name="namesArticles"/>, since a famous name's first name is
    /// common mostly because of it (Brett, in about as many articles as Kavanaugh).
    /// </summary>
    public static bool SameCompany(IndexReader reader, WrittenName a, WrittenName b, int namesArticles = 0)
    {
        var common = Math.Max(Math.Max(MinCommonCompany, reader.NumDocs * CommonCompanyShare), namesArticles);
        return a.Company.Intersect(b.Company).Any(word => CloseTerms.DocFreq(reader, word) <= common);
    }

    /// <summary>
    /// A few live articles with the word in the body (or else the title), spread over all of them
    /// rather than the first ones, so that one outlet's or one period's habits do not decide alone.
    /// Walking the postings of even a common word costs well under a millisecond.
    /// </summary>
    private static List<int> SampleDocs(IndexReader reader, string term, int sample)
    {
        var docs = new List<int>(sample);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        foreach (var field in Fields)
        {
            var postings = MultiFields.GetTermDocsEnum(reader, liveDocs, field, new BytesRef(term), DocsFlags.NONE);
            if (postings is null) continue;
            var step = Math.Max(1, reader.DocFreq(new Term(field, term)) / sample);
            for (var i = 0; docs.Count < sample && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; i++)
                if (i % step == 0) docs.Add(postings.DocID);
            if (docs.Count > 0) break;
        }
        return docs;
    }

    /// <summary>
    /// Each place the text writes the word, with the words around it (the word is the
    /// <c>At</c>th). Only a window about each place is analysed, found by a search that ignores
    /// case and accents as the analyzer does: analysing whole articles was most of the cost of
    /// the advice, about 100 ms for a surname on AllSides.
    /// </summary>
    private IEnumerable<(List<(string Term, int Start, int End)> Tokens, int At)> Occurrences(string field, string text, string term)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = Compare.IndexOf(text.AsSpan(from), term, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace, out var length);
            if (found < 0) yield break;
            var start = from + found;
            from = start + Math.Max(1, length);
            var windowStart = Math.Max(0, start - WindowReach);
            var tokens = Tokens(field, text[windowStart..Math.Min(text.Length, start + length + WindowReach)], windowStart);
            // The same word as the analyzer reads it, not a part of a longer one (Obama in Obamacare).
            var at = tokens.FindIndex(token => token.Start == start && token.Term == term);
            if (at >= 0) yield return (tokens, at);
        }
    }

    /// <summary>Characters read either side of a word: enough for the <see cref="CompanyReach"/> words about it.</summary>
    private const int WindowReach = 100;

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>The words of the text as the field's own analyzer finds them, with where each is written (from <paramref name="offset"/>).</summary>
    private List<(string Term, int Start, int End)> Tokens(string field, string text, int offset)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset + offsets.StartOffset, offset + offsets.EndOffset));
        stream.End();
        return tokens;
    }

    /// <summary>Capitalised where that says something: not in capitals throughout, not first in a sentence.</summary>
    private static bool IsCapitalised(string text, (string Term, int Start, int End) token) =>
        char.IsUpper(text[token.Start])
        && HasLowercase(text.AsSpan(token.Start, token.End - token.Start))
        && !StartsSentence(text, token.Start);

    private static bool HasLowercase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>
    /// Whether only spaces, quotes or brackets stand between the word and the end of a sentence, a
    /// line or a dash. The full stop of a title (Mr. Zuckerburg, Sen. Schumer) ends no sentence.
    /// </summary>
    internal static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is not '\n' && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '“' or '‘' or '(' or '['))
            i--;
        if (i >= 0 && text[i] == '.' && EndsTitle(text, i)) return false;
        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':' or '-' or '–' or '—' or '•';
    }

    private static readonly HashSet<string> Titles =
    [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr",
        "Adm", "Maj", "Prof", "Rev", "Pres", "Atty", "Supt", "Sr", "Jr", "St",
    ];

    /// <summary>Whether the full stop at <paramref name="dot"/> closes a title written before a name.</summary>
    private static bool EndsTitle(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return Titles.Contains(text[start..dot]);
    }
}
