namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// Strings a reader (or a script) may send as a query or any other parameter: markup and
/// script, the query language's corner cases and costly forms, text of every script and none,
/// and the usual probes for other kinds of injection. Named, since many would garble a test's name.
/// </summary>
public static class HostileQueries
{
    /// <summary>Nesting as deep as the length limit allows: 499 parentheses either side of one word.</summary>
    private static readonly string DeepNesting = new string('(', 497) + "cocoa" + new string(')', 497);

    private static string Repeat(string item, string separator, int maxLength)
    {
        var count = (maxLength + separator.Length) / (item.Length + separator.Length);
        return string.Join(separator, Enumerable.Repeat(item, count));
    }

    private static string Distinct(Func<int, string> item, string separator, int maxLength)
    {
        var items = new List<string>();
        for (var i = 0; string.Join(separator, items.Append(item(i))).Length <= maxLength; i++) items.Add(item(i));
        return string.Join(separator, items);
    }

    /// <summary>Letters from a number, so each generated term is a different word: 0 → "aa", 27 → "bb".</summary>
    private static string Letters(int n) => $"{(char)('a' + n / 26 % 26)}{(char)('a' + n % 26)}";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        // Markup and script.
        ["script tag"] = "<script>alert(1)</script>",
        ["attribute breaker"] = "\"><img src=x onerror=alert(1)>",
        ["single-quote breaker"] = "'><svg onload=alert(1)>",
        ["event attribute"] = "' onmouseover='alert(1)",
        ["javascript address"] = "javascript:alert(1)",
        ["data address"] = "data:text/html,<script>alert(1)</script>",
        ["title closer"] = "</title><script>alert(1)</script>",
        ["textarea closer"] = "</textarea><script>alert(1)</script>",
        ["iframe"] = "<iframe src=\"javascript:alert(1)\"></iframe>",
        ["style"] = "<style>*{display:none}</style>",
        ["cdata and comment"] = "]]><!-- -->",
        ["template braces"] = "{{7*7}} ${7*7} <%= 7*7 %>",
        ["razor"] = "@(1+1) @Html.Raw(\"<b>\")",
        ["formula"] = "=HYPERLINK(\"http://evil.example/\",\"x\")",
        ["formula plus"] = "+1+1",
        ["formula at"] = "@SUM(1+1)*cmd|' /C calc'!A0",

        // The query language: refused, malformed and costly forms.
        ["star"] = "*",
        ["question mark"] = "?",
        ["match all"] = "*:*",
        ["leading star"] = "*cocoa",
        ["leading question mark"] = "?ocoa",
        ["short prefix"] = "a*",
        ["stars between letters"] = "a*b*c*",
        ["many stars"] = "co*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*",
        ["star then many question marks"] = "co*a" + new string('?', 40),
        ["question marks then star"] = "co" + new string('?', 40) + "*",
        ["fuzzy five"] = "cocoa~5",
        ["fuzzy fraction"] = "cocoa~0.1",
        ["fuzzy huge"] = "cocoa~99999999999999999999",
        ["fuzzy short word"] = "a~2",
        ["regular expression"] = "/.*/",
        ["broken regular expression"] = "/[/",
        ["open range"] = "[* TO *]",
        ["term range"] = "title:[a TO z]",
        ["exclusive range"] = "body:{* TO *}",
        ["range of numbers"] = "date:[1987 TO 1988]",
        ["deep nesting"] = DeepNesting,
        ["unclosed nesting"] = new string('(', 1_000),
        ["many OR terms"] = Distinct(i => Letters(i) + "x", " OR ", 1_000),
        ["many words"] = Distinct(i => Letters(i), " ", 1_000),
        ["many prefixes"] = Distinct(i => Letters(i) + "*", " OR ", 1_000),
        ["many fuzzy words"] = Distinct(i => Letters(i) + "a~2", " OR ", 1_000),
        ["many phrases"] = Repeat("\"cocoa prices\"~3", " OR ", 1_000),
        ["huge phrase slop"] = "\"cocoa prices\"~2147483647",
        ["huge boost"] = "cocoa^99999999999999999999999999999999999999999",
        ["unknown field"] = "foo:bar",
        ["empty field"] = "title:",
        ["empty group"] = "title:()",
        ["unbalanced quote"] = "\"cocoa",
        ["lone quote"] = "\"",
        ["closing parenthesis"] = "cocoa)",
        ["unbalanced bracket"] = "[cocoa",
        ["lone brace"] = "{",
        ["backslash"] = "\\",
        ["trailing backslash"] = "cocoa\\",
        ["escaped star"] = "\\*",
        ["operators only"] = "AND OR NOT",
        ["not only"] = "NOT cocoa",
        ["minus only"] = "-",
        ["plus only"] = "+",
        ["symbols only"] = "&& || ! ^ ~ : /",
        ["huge number"] = "99999999999999999999999999999999999999",
        ["negative huge number"] = "-1e308",
        ["id field"] = "id:reuters-1",

        // Text of every script, and of none.
        ["right-to-left override"] = "\u202Ecocoa\u202C",
        ["arabic"] = "كاكاو أسعار",
        ["hebrew"] = "קקאו",
        ["emoji"] = "🍫 cocoa 👍🏽",
        ["combining marks"] = "c\u0301\u0301\u0301\u0301oco\u0308a",
        ["cjk"] = "可可 価格 코코아",
        ["zero-width"] = "co\u200Bco\u200Da\uFEFF",
        ["nul"] = "cocoa\0prices",
        ["control characters"] = "\u0001\u0007\u001b[31mcocoa\u007f",
        ["line breaks"] = "cocoa\r\nSet-Cookie: x=y",
        ["whitespace only"] = " \t ",
        ["replacement character"] = "\uFFFD\uFFFF",
        ["percent junk"] = "%00%2e%2e%ZZ%",

        // Probes for other kinds of injection.
        ["path traversal"] = "../../../../etc/passwd",
        ["windows path"] = "..\\..\\Windows\\win.ini",
        ["absolute path"] = "/etc/passwd",
        ["file address"] = "file:///etc/passwd",
        ["sql"] = "' OR 1=1 --",
        ["sql drop"] = "1; DROP TABLE articles",
        ["shell substitution"] = "$(cat /etc/passwd)",
        ["shell backticks"] = "`id`",
        ["shell pipe"] = "| cat /etc/passwd",
        ["format string"] = "%s%s%s%n{0}{1}",
        ["ldap"] = "*)(uid=*))(|(uid=*",

        // The length limit, at and past it.
        ["longest allowed"] = new string('a', 1_000),
        ["one too long"] = new string('a', 1_001),
        ["longest allowed words"] = Repeat("cocoa", " ", 1_000),
    };

    /// <summary>The longest query the site takes, in characters.</summary>
    public const int MaxLength = 1_000;
}
