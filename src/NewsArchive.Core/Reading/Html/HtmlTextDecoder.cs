using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Turns the bytes of a saved web page into text. Unlike a .txt file, a page may say what it is
/// encoded in (<c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c>), and a page saved
/// in a legacy code page is only readable if that declaration is honoured.
/// </summary>
internal static partial class HtmlTextDecoder
{
    /// <summary>
    /// The HTML standard looks for the declaration in the first 1024 bytes, but saved pages often
    /// carry long heads (inlined styles, analytics) before it, so a little more is searched.
    /// </summary>
    public const int PrescanLength = 4 * 1024;

    static HtmlTextDecoder()
    {
        // Code pages other than UTF-* and Latin-1 are only available once the provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// A byte order mark wins; then a declared legacy encoding; otherwise the bytes are decoded
    /// like any text file (UTF-8 if valid, else Windows-1252). A page declared as UTF-8 that is
    /// not valid UTF-8 therefore still reads, as browsers' "save as" sometimes produces.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        if (HasByteOrderMark(bytes) || DeclaredEncoding(bytes) is not { } declared) return TextDecoder.Decode(bytes);
        return declared.GetString(bytes);
    }

    /// <summary>The legacy encoding the page declares, or null for none, UTF-8/16 or an unknown label.</summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes.Length > PrescanLength ? bytes[..PrescanLength] : bytes;
        // Latin-1 maps every byte to one char, so the ASCII markup is found whatever the encoding.
        var match = CharsetDeclaration().Match(Encoding.Latin1.GetString(head));
        return match.Success ? ByLabel(match.Groups["label"].Value) : null;
    }

    private static Encoding? ByLabel(string label)
    {
        label = label.Trim().ToLowerInvariant();
        // A <meta> found by scanning bytes as ASCII cannot be in a UTF-16 page, so the HTML
        // standard reads "utf-16" there as UTF-8. UTF-8 is left to TextDecoder, which falls back
        // to Windows-1252 when the bytes are not valid UTF-8 after all.
        if (label.StartsWith("utf", StringComparison.Ordinal) || label is "unicode" or "unicode-1-1-utf-8")
            return null;
        // Browsers read Latin-1 and ASCII labels as Windows-1252, and pages rely on it for “smart quotes”.
        if (label is "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "cp819" or "ibm819"
            or "us-ascii" or "ascii" or "cp1252" or "x-cp1252")
            label = "windows-1252";
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null; // an unknown label is ignored, as browsers do
        }
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
