using System.Text.Encodings.Web;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// The HTML encoder every page writes its text with: as ASP.NET's, except that control characters
/// (C0 and C1 other than tab, line feed and carriage return) and noncharacters (U+FFFE, U+FDD0…)
/// become U+FFFD, the replacement mark. Encoded as-is they were numeric references (&amp;#x1;) that
/// put the characters themselves into the page: invalid HTML, and for C1 a different letter
/// (browsers read &amp;#x80; as €). Articles keep them; the API and exports carry them escaped.
/// </summary>
public sealed class VisibleHtmlEncoder(HtmlEncoder inner) : HtmlEncoder
{
    private const int Replacement = 0xFFFD;

    /// <summary>The one instance: the pages' encoder, and the one the highlighted texts are built with.</summary>
    public static VisibleHtmlEncoder Instance { get; } = new(HtmlEncoder.Default);

    public override int MaxOutputCharactersPerInputCharacter => inner.MaxOutputCharactersPerInputCharacter;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var first = inner.FindFirstCharacterToEncode(text, textLength);
        var end = first < 0 ? textLength : first;
        for (var i = 0; i < end; i++)
            if (IsHidden(text[i])) return i;
        return first;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        inner.TryEncodeUnicodeScalar(IsHidden(unicodeScalar) ? Replacement : unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override bool WillEncode(int unicodeScalar) => IsHidden(unicodeScalar) || inner.WillEncode(unicodeScalar);

    /// <summary>What a page never shows as itself.</summary>
    public static bool IsHidden(int scalar) =>
        (scalar is < 0x20 or (>= 0x7F and <= 0x9F) && scalar is not ('\t' or '\n' or '\r'))
        || scalar is >= 0xFDD0 and <= 0xFDEF
        || (scalar & 0xFFFE) == 0xFFFE;
}
