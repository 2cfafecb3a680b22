using System.Globalization;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// A reader's query as a small syntax tree, parsed once in Core (<see cref="QuerySyntax"/>) and
/// read by every engine: words are kept as typed, for the engine to analyse as it indexes them.
/// A null <c>Field</c> means the text fields searched by default (title and body).
/// </summary>
public abstract record QueryNode
{
    /// <summary>The reader's ^boost, or null when none was typed.</summary>
    public float? Boost { get; init; }

    /// <summary>The tree in the query language, for logs and tests.</summary>
    public sealed override string ToString() => Written() + (Boost is { } boost ? "^" + boost.ToString(CultureInfo.InvariantCulture) : "");

    private protected abstract string Written();

    private protected static string InField(string? field, string text) => field is null ? text : field + ":" + text;
}

/// <summary>A node that searches one field, or with a null <paramref name="Field"/> the default ones (title and body).</summary>
public abstract record FieldNode(string? Field) : QueryNode;

/// <summary>One word as typed; the engine's analysis may make it several (U.S., e-mail).</summary>
public sealed record WordNode(string? Field, string Text) : FieldNode(Field)
{
    private protected override string Written() => InField(Field, Text);
}

/// <summary>Words in this order, at most <paramref name="Slop"/> moves apart.</summary>
public sealed record PhraseNode(string? Field, string Text, int Slop) : FieldNode(Field)
{
    private protected override string Written() => InField(Field, $"\"{Text}\"" + (Slop > 0 ? "~" + Slop.ToString(CultureInfo.InvariantCulture) : ""));
}

/// <summary>Every word beginning with <paramref name="Prefix"/>.</summary>
public sealed record PrefixNode(string? Field, string Prefix) : FieldNode(Field)
{
    private protected override string Written() => InField(Field, Prefix + "*");
}

/// <summary>Words matching a pattern of * (any letters) and ? (one letter); a backslash escapes either.</summary>
public sealed record WildcardNode(string? Field, string Pattern) : FieldNode(Field)
{
    private protected override string Written() => InField(Field, Pattern);
}

/// <summary>Words within <paramref name="MaxEdits"/> edits (0 to 2) of <paramref name="Text"/>.</summary>
public sealed record FuzzyNode(string? Field, string Text, int MaxEdits) : FieldNode(Field)
{
    private protected override string Written() => InField(Field, Text + "~" + MaxEdits.ToString(CultureInfo.InvariantCulture));
}

/// <summary>Words between two bounds in the order of their characters; a null bound is open.</summary>
public sealed record RangeNode(string? Field, string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper) : FieldNode(Field)
{
    private protected override string Written() =>
        InField(Field, (IncludeLower ? "[" : "{") + (Lower ?? "*") + " TO " + (Upper ?? "*") + (IncludeUpper ? "]" : "}"));
}

/// <summary>Every article.</summary>
public sealed record MatchAllNode : QueryNode
{
    private protected override string Written() => "*:*";
}

/// <summary>How a clause takes part in its <see cref="BooleanNode"/>.</summary>
public enum Occurrence
{
    /// <summary>A match must match it.</summary>
    Must,

    /// <summary>A match may match it (and must match one such clause when there is no <see cref="Must"/> one).</summary>
    Should,

    /// <summary>A match must not match it.</summary>
    MustNot,
}

public sealed record QueryClause(Occurrence Occur, QueryNode Node);

/// <summary>Clauses combined; with none, it matches nothing.</summary>
public sealed record BooleanNode(IReadOnlyList<QueryClause> Clauses) : QueryNode
{
    private protected override string Written() => "(" + string.Join(' ', Clauses.Select(c => c.Occur switch
    {
        Occurrence.Must => "+",
        Occurrence.MustNot => "-",
        _ => "",
    } + c.Node)) + ")";
}
