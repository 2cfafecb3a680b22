using System.Text.RegularExpressions;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// The text a reader typed, read once into the tree every engine searches. Pasted text is read as
/// its words first (<see cref="PastedText"/>); a malformed or refused query never fails: it is
/// searched as its plain words, and the notice says why.
/// </summary>
/// <param name="Root">What is searched.</param>
/// <param name="Notice">Set when the text could not be searched as written, saying what was searched instead.</param>
public sealed partial record UserQuery(QueryNode Root, string? Notice)
{
    /// <summary>The text the tree was read from, after the repairs of pasted text.</summary>
    public string Searched { get; private init; } = "";

    /// <summary>Whether this is already the plain-words reading, which an engine cannot fall back from.</summary>
    public bool IsPlainWords { get; private init; }

    public static UserQuery Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new UserQuery(new MatchAllNode(), null);
        var searched = PastedText.Normalize(text);
        if (string.IsNullOrWhiteSpace(searched)) return PlainWords(text);
        try
        {
            // Text with no word to search ("...", "-- ,") would match nothing; say why instead.
            return QuerySyntax.Parse(searched) is { } root ? new UserQuery(EverythingBut(root), null) { Searched = searched } : PlainWords(searched);
        }
        catch (QuerySyntaxException ex)
        {
            return PlainWords(searched, (ex as QueryRefusedException)?.Message);
        }
    }

    /// <summary>Only the words of <paramref name="text"/>, lowercased so that none is read as an operator (AND, OR, NOT).</summary>
    /// <param name="why">Why the text is not searched as written; by default that it could not be read.</param>
    public static UserQuery PlainWords(string text, string? why = null)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0) return new UserQuery(new BooleanNode([]), "Your search has no words to look for.") { Searched = text, IsPlainWords = true };
        var plain = string.Join(' ', words);
        var notice = $"{why ?? "Your search could not be read as written."} It was searched as the plain words: {plain}";
        return new UserQuery(QuerySyntax.Parse(plain)!, notice) { Searched = plain, IsPlainWords = true };
    }

    /// <summary>
    /// A query of exclusions only ("-trump", "NOT trump") would match nothing; a reader means
    /// every article except those.
    /// </summary>
    private static QueryNode EverythingBut(QueryNode root) =>
        root is BooleanNode { Clauses.Count: > 0 } boolean && boolean.Clauses.All(c => c.Occur == Occurrence.MustNot)
            ? boolean with { Clauses = [.. boolean.Clauses, new QueryClause(Occurrence.Must, new MatchAllNode())] }
            : root;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
