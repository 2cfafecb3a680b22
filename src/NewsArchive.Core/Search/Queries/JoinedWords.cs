using System.Text.RegularExpressions;

namespace NewsArchive.Core.Search.Queries;

/// <summary>
/// Two words joined by a colon and no space ("Bush in Berlin:Step Off, Vlad", "OPINION:Jockeying")
/// are one word to the archive's tokenizer, which joins letters across a colon; the same words with
/// a space ("Berlin: Step") are two. <see cref="PastedText"/> marks such a colon (escaped, as no
/// field follows it); outside quotes the pair is searched either way, elsewhere it is a space.
/// </summary>
internal static partial class JoinedWords
{
    /// <summary>The colon that joins two words when no field is meant.</summary>
    public const string Colon = @"\:";

    public static string Read(string text)
    {
        if (!text.Contains(Colon, StringComparison.Ordinal)) return text;
        // Even pieces are outside quotes (the quotes are paired by now), odd ones are phrases.
        var pieces = text.Split('"');
        for (var i = 0; i < pieces.Length; i++)
            pieces[i] = i % 2 == 0 ? JoinedOrColon().Replace(pieces[i], EitherWay) : pieces[i].Replace(Colon, " ", StringComparison.Ordinal);
        return string.Join('"', pieces);
    }

    private static string EitherWay(Match match) => match.Groups["first"].Success
        ? $"({match.Value} OR \"{match.Groups["first"].Value} {match.Groups["second"].Value}\")"
        : " ";

    // Letters on both sides, as the tokenizer joins them; "id:reuters-1" or "body.stem:cocoa" are words apart.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.\\])(?<first>\p{L}+)\\:(?<second>\p{L}+)(?![\p{L}\p{N}_\\:'-]|\.[\p{L}\p{N}])|\\:")]
    private static partial Regex JoinedOrColon();
}
