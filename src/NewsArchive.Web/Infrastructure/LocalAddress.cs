namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// An address of this site asked for by a request, to link back to (the unavailable archive's
/// "Try again"), or "/" when it could lead anywhere else. Browsers drop tabs and newlines from a
/// link and read "\" as "/", so "/\t/evil.example" and "/\evil.example" are both "//evil.example",
/// another host: a path with any control character, whitespace or backslash, or one starting
/// with "//", is not passed on at all rather than repaired.
/// </summary>
public static class LocalAddress
{
    public const string Home = "/";

    /// <summary>The path (decoded, as the request gives it) and query (as received) as a link on this site, or <see cref="Home"/>.</summary>
    public static string Of(string? path, string? query)
    {
        if (path is not ['/', ..] || path.StartsWith("//", StringComparison.Ordinal) || !IsPlain(path) || !IsPlain(query ?? "")) return Home;
        // Escaped again: the decoded path may hold characters (%, non-ASCII letters) that a link writes escaped.
        return new PathString(path).ToUriComponent() + query;
    }

    private static bool IsPlain(string text) => !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
