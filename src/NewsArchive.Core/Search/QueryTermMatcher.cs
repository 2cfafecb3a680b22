using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace NewsArchive.Core.Search;

/// <summary>
/// Decides whether an analysed token of a field matched the query, so that snippets can mark it.
/// Built from the parsed query: exact terms and phrase words, prefixes, wildcards and fuzzy
/// terms; words the query excludes are never marked.
/// </summary>
public sealed class QueryTermMatcher
{
    private readonly Dictionary<string, HashSet<string>> exactTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Func<string, bool>>> patterns = new(StringComparer.Ordinal);

    public QueryTermMatcher(Query query) => Collect(query);

    public bool IsEmpty => exactTerms.Count == 0 && patterns.Count == 0;

    public bool Matches(string field, string token) =>
        (exactTerms.TryGetValue(field, out var terms) && terms.Contains(token))
        || (patterns.TryGetValue(field, out var tests) && tests.Any(test => test(token)));

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                AddExact(term.Term.Field, term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms()) AddExact(term.Field, term.Text);
                break;
            case MultiPhraseQuery multiPhrase:
                foreach (var term in multiPhrase.GetTermArrays().SelectMany(t => t)) AddExact(term.Field, term.Text);
                break;
            case PrefixQuery prefix:
                var start = prefix.Prefix.Text;
                AddPattern(prefix.Prefix.Field, token => token.StartsWith(start, StringComparison.Ordinal));
                break;
            case WildcardQuery wildcard:
                AddAutomaton(wildcard.Term.Field, WildcardQuery.ToAutomaton(wildcard.Term));
                break;
            case FuzzyQuery fuzzy:
                var automaton = new LevenshteinAutomata(fuzzy.Term.Text, fuzzy.Transpositions).ToAutomaton(fuzzy.MaxEdits);
                AddAutomaton(fuzzy.Term.Field, automaton);
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

    private void AddExact(string field, string text)
    {
        if (!exactTerms.TryGetValue(field, out var terms)) exactTerms[field] = terms = new HashSet<string>(StringComparer.Ordinal);
        terms.Add(text);
    }

    private void AddAutomaton(string field, Automaton automaton)
    {
        var run = new CharacterRunAutomaton(automaton);
        AddPattern(field, run.Run);
    }

    private void AddPattern(string field, Func<string, bool> test)
    {
        if (!patterns.TryGetValue(field, out var tests)) patterns[field] = tests = [];
        tests.Add(test);
    }
}
