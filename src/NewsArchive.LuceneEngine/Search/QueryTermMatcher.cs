using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// What a query looks for, in a form the highlighter can find in analysed text: exact words,
/// phrases (their words only where the whole phrase occurs), prefixes, wildcards and fuzzy
/// words, each on the field the query put it on. Words the query excludes are never marked.
/// </summary>
public sealed class QueryTermMatcher
{
    private readonly List<MatchRule> rules = [];

    public QueryTermMatcher(Query query) => Collect(query);

    public bool IsEmpty => rules.Count == 0;

    /// <summary>
    /// The fields of the query that index the stored text <paramref name="storedField"/>: the
    /// field itself and its variants, named field.variant (body.stem), analysed from the same text.
    /// </summary>
    internal IEnumerable<string> FieldsOf(string storedField) =>
        rules.Select(r => r.Field)
            .Where(f => f == storedField || f.StartsWith(storedField + ".", StringComparison.Ordinal))
            .Distinct();

    /// <summary>Whether some rule of <paramref name="field"/> could match the token (alone or as part of a phrase).</summary>
    internal bool MayMatch(string field, ReadOnlySpan<char> token)
    {
        foreach (var rule in rules)
            if (rule.Field == field && rule.MayAccept(token)) return true;
        return false;
    }

    /// <summary>Where the rules of <paramref name="field"/> match among its tokens (in position order).</summary>
    internal IEnumerable<TextMatch> FindIn(string field, IReadOnlyList<AnalysedToken> tokens, CancellationToken cancellation)
    {
        var byPosition = tokens.ToLookup(t => t.Position);
        return rules.Where(r => r.Field == field).SelectMany(r => r.FindIn(tokens, byPosition, cancellation));
    }

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                AddWord(term.Term.Field, Exactly(term.Term));
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms:
                AddPhrase(terms[0].Field, phrase.GetPositions(), phrase.Slop, terms.Select(Exactly));
                break;
            case MultiPhraseQuery multiPhrase when multiPhrase.GetTermArrays() is { Count: > 0 } alternatives:
                AddPhrase(alternatives[0][0].Field, multiPhrase.GetPositions(), multiPhrase.Slop, alternatives.Select(OneOf));
                break;
            case PrefixQuery prefix:
                var start = prefix.Prefix.Text;
                AddWord(prefix.Prefix.Field, token => token.StartsWith(start, StringComparison.Ordinal));
                break;
            case WildcardQuery wildcard:
                AddWord(wildcard.Term.Field, Runs(new CharacterRunAutomaton(WildcardQuery.ToAutomaton(wildcard.Term))));
                break;
            case FuzzyQuery fuzzy:
                AddWord(fuzzy.Term.Field, Runs(new CharacterRunAutomaton(FuzzyAutomaton(fuzzy))));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Collect(clause.Query);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts) Collect(disjunct);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query);
                break;
        }
    }

    private void AddWord(string field, Func<ReadOnlySpan<char>, bool> accepts) =>
        rules.Add(new MatchRule(rules.Count, field, [new MatchRule.Slot(0, accepts)], slop: 0));

    private void AddPhrase(string field, int[] positions, int slop, IEnumerable<Func<ReadOnlySpan<char>, bool>> words)
    {
        var slots = words.Select((accepts, i) => new MatchRule.Slot(positions[i] - positions[0], accepts)).ToList();
        rules.Add(new MatchRule(rules.Count, field, slots, slop));
    }

    private static Func<ReadOnlySpan<char>, bool> Exactly(Term term)
    {
        var text = term.Text;
        return token => token.SequenceEqual(text);
    }

    private static Func<ReadOnlySpan<char>, bool> OneOf(Term[] alternatives)
    {
        var texts = alternatives.Select(t => t.Text).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        return token => texts.Contains(token);
    }

    // Wildcards and fuzzy words are rare in queries; the automaton runs on a copy of the token.
    private static Func<ReadOnlySpan<char>, bool> Runs(CharacterRunAutomaton automaton) =>
        token => automaton.Run(token.ToString());

    /// <summary>The words within the query's edit distance, keeping its fixed prefix as Lucene does.</summary>
    private static Automaton FuzzyAutomaton(FuzzyQuery fuzzy)
    {
        var text = fuzzy.Term.Text;
        var prefixLength = Math.Min(fuzzy.PrefixLength, text.Length);
        var rest = new LevenshteinAutomata(text[prefixLength..], fuzzy.Transpositions).ToAutomaton(fuzzy.MaxEdits);
        return prefixLength == 0 ? rest : BasicOperations.Concatenate(BasicAutomata.MakeString(text[..prefixLength]), rest);
    }
}
