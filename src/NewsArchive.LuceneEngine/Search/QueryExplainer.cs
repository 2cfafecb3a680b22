using Lucene.Net.Search;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Says in plain words how a search was understood: which words must match (exactly or in any
/// form), which phrases, which words are excluded or alternatives, prefixes and fuzzy words, and
/// the filters — so a reader can tell why something was or was not found.
/// </summary>
public static class QueryExplainer
{
    /// <param name="facetsTyped">Facet values the query named (bias:left), which filter as if ticked.</param>
    public static IReadOnlyList<string> Explain(ParsedQuery parsed, SearchRequest request, IReadOnlyList<KeywordFilter>? facetsTyped = null)
    {
        var parts = new List<string>();
        if (request.HasQuery)
        {
            var described = Describe(parsed.Exact);
            if (described.Length > 0)
            {
                parts.Add(described);
                parts.Add(request.ExactWords ? "exact words only" : "words in any form (protest finds protests, protested)");
            }
        }
        else
        {
            // Every article, or every one but the facet values the query excluded (-bias:left).
            parts.Add(Describe(parsed.Exact));
        }
        if (request.Sources.Count > 0) parts.Add("from " + string.Join(" or ", request.Sources));
        if (request.From is { } from && request.To is { } to) parts.Add($"dated {from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        else if (request.From is { } start) parts.Add($"dated from {start:yyyy-MM-dd}");
        else if (request.To is { } end) parts.Add($"dated until {end:yyyy-MM-dd}");
        foreach (var group in request.Keywords.GroupBy(k => k.List))
            parts.Add($"{group.Key}: {string.Join(" or ", group.Select(k => k.Value))}"
                + (facetsTyped?.Any(k => k.List == group.Key) == true ? $" (the {group.Key} facet, as if ticked)" : ""));
        return parts;
    }

    /// <summary>One query clause in words; the title and body versions of one word read as one.</summary>
    internal static string Describe(Query query) => query switch
    {
        TermQuery term => Field(term.Term.Field) + term.Term.Text,
        PhraseQuery phrase => Field(phrase.GetTerms().FirstOrDefault()?.Field) + $"\"{string.Join(' ', phrase.GetTerms().Select(t => t.Text))}\""
            + (phrase.Slop == 0 ? " (exact phrase)" : $" (within {phrase.Slop} words)"),
        PrefixQuery prefix => Field(prefix.Prefix.Field) + $"words starting with {prefix.Prefix.Text}",
        WildcardQuery wildcard => Field(wildcard.Term.Field) + $"words like {wildcard.Term.Text}",
        FuzzyQuery fuzzy => Field(fuzzy.Term.Field) + $"{fuzzy.Term.Text} or spellings up to {fuzzy.MaxEdits} letters different",
        BooleanQuery boolean => DescribeBoolean(boolean),
        MatchAllDocsQuery => "every article",
        _ => query.ToString(),
    };

    private static string DescribeBoolean(BooleanQuery boolean)
    {
        var clauses = boolean.Clauses;
        if (clauses.Count == 0) return "";
        // The parser turns one word into "title:word body:word": show it once, without a field.
        if (clauses.All(c => c.Occur == Occur.SHOULD) && clauses.Select(c => Unfielded(c.Query)).Distinct().Count() == 1)
            return Unfielded(clauses[0].Query);

        var required = clauses.Where(c => c.Occur == Occur.MUST).Select(c => Describe(c.Query)).ToList();
        var optional = clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Describe(c.Query)).Distinct().ToList();
        var excluded = clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => Describe(c.Query)).ToList();
        var parts = new List<string>();
        if (required.Count == 1) parts.Add(required[0]);
        else if (required.Count > 1) parts.Add("all of: " + string.Join(", ", required));
        if (optional.Count > 0) parts.Add((required.Count > 0 ? "preferably " : optional.Count > 1 ? "any of: " : "") + string.Join(" or ", optional));
        if (excluded.Count > 0) parts.Add("not " + string.Join(", not ", excluded));
        return string.Join("; ", parts);
    }

    /// <summary>
    /// One clause without its title marks, wherever they are: "ocasio-cortez" is "+title:ocasio
    /// +title:cortez" or the same in the body, both words in one field, and reads "all of: ocasio, cortez".
    /// </summary>
    private static string Unfielded(Query query) => Describe(query).Replace(Field(ArchiveSchema.Title), "");

    private static string Field(string? field) => field switch
    {
        null or ArchiveSchema.Body or ArchiveSchema.BodyStem => "",
        ArchiveSchema.Title or ArchiveSchema.TitleStem => "in the title: ",
        _ when field.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal) => $"{field[ArchiveSchema.KeywordPrefix.Length..]}: ",
        _ => $"{field}: ",
    };
}
