namespace NewsArchive.Core.Search.Spelling;

/// <summary>What the archive's own words suggest about the spelling of a query.</summary>
/// <param name="Suggestion">The query with its misspelt words corrected, or null when none looks misspelt.</param>
/// <param name="Variants">Words of the query that the archive also spells other ways, each with a query including them.</param>
public sealed record SpellingAdvice(SpellingSuggestion? Suggestion, IReadOnlyList<WordVariants> Variants)
{
    public static SpellingAdvice None { get; } = new(null, []);
}

/// <summary>A corrected query, and its parts in order so that the corrected words can be shown as such.</summary>
public sealed record SpellingSuggestion(string Query, IReadOnlyList<QueryPart> Parts);

public sealed record QueryPart(string Text, bool Corrected);

/// <summary>A word of the query as typed, the other spellings of it that the archive uses, and the query that includes them.</summary>
public sealed record WordVariants(string Word, IReadOnlyList<SpellingVariant> Variants, string Query);

/// <summary>Another spelling, written as the articles write it, and how many articles of the search's filters use it.</summary>
public sealed record SpellingVariant(string Value, int Count);
