using System.Text;

namespace NewsArchive.Core.Reading;

/// <summary>
/// Turns the bytes of a text file of unknown encoding into text. Corpora mix UTF-8, UTF-16 and
/// old Windows files, and none of them says which it is, so the encoding is inferred.
/// </summary>
public static class TextDecoder
{
    /// <summary>How much of the start of a file <see cref="LooksBinary"/> looks at.</summary>
    public const int BinarySniffLength = 8 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>
    /// Decodes by byte order mark if there is one; else as UTF-8 if the bytes are valid UTF-8,
    /// else as Windows-1252. Never throws: the result is always valid text.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return LenientUtf8.GetString(bytes[3..]);
        if (Utf16ByBom(bytes) is { } utf16) return utf16.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Invalid UTF-8 is almost always a legacy Western file; every byte decodes in 1252,
            // so this cannot fail and at worst shows a few wrong letters.
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>
    /// Text files do not contain NUL bytes unless they are UTF-16, which is recognised only by its
    /// byte order mark; anything else with a NUL near the start is taken for a binary file.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (Utf16ByBom(bytes) is not null) return false;
        var head = bytes.Length > BinarySniffLength ? bytes[..BinarySniffLength] : bytes;
        return head.Contains((byte)0);
    }

    private static Encoding? Utf16ByBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    // Code pages other than UTF-* and Latin-1 are only available once the provider is registered.
    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
