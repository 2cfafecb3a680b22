using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsArchive.LuceneEngine.Search.Highlighting;

/// <summary>A word as a field's analyzer indexes it, with its position and where it stands in the text as written.</summary>
internal readonly record struct AnalysedToken(string Term, int Position, int Start, int End)
{
    /// <summary>
    /// The tokens of <paramref name="text"/> as <paramref name="field"/> indexes them, keeping only
    /// those <paramref name="keep"/> accepts (with their true positions): a long text has thousands
    /// of words and a query a few, so the rest are never made into strings. Every field of one
    /// text shares the tokenizer, so the offsets of its exact and stemmed tokens agree. A
    /// cancelled <paramref name="cancellation"/> stops the analysis within a thousand tokens.
    /// </summary>
    public static List<AnalysedToken> Of(Analyzer analyzer, string field, string text, Func<ReadOnlySpan<char>, bool>? keep = null, CancellationToken cancellation = default)
    {
        var tokens = new List<AnalysedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if ((position & 1023) == 0) cancellation.ThrowIfCancellationRequested();
            if (keep is not null && !keep(term.Buffer.AsSpan(0, term.Length))) continue;
            tokens.Add(new AnalysedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
