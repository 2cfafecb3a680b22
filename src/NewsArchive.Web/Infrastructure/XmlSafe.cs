using System.Text;
using System.Xml;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Text fit for an XML document. Articles can carry control characters that XML 1.0 cannot
/// hold at all (not even escaped); the XML writer would throw on them, failing a whole feed for
/// one bad character, so they are dropped.
/// </summary>
public static class XmlSafe
{
    public static string Text(string text)
    {
        // Copied only from the first character dropped: almost every text is returned as it is.
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                clean?.Append(text, i, pair ? 2 : 1);
                if (pair) i++;
            }
            else
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }
        return clean?.ToString() ?? text;
    }
}
