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
        var firstBad = IndexOfInvalid(text);
        if (firstBad < 0) return text;
        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }
        return clean.ToString();
    }

    private static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return i;
        }
        return -1;
    }
}
