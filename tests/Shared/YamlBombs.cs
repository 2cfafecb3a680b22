namespace NewsArchive.Tests.Shared;

/// <summary>Hostile YAML the reading tests and the indexer's bomb run both feed to front matter and sidecars.</summary>
public static class YamlBombs
{
    /// <summary>
    /// "Billion laughs": 600 bytes of nested aliases that a YAML reader without bounds expands
    /// to 9^9 strings, eating all memory.
    /// </summary>
    public const string BillionLaughs = """
        title: Laughs
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;
}
