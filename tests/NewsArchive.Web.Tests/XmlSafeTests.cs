using System.Text;
using System.Xml;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>Text made fit for XML: against a plain filter over random text, and against the XML writer itself.</summary>
public sealed class XmlSafeTests
{
    private static readonly char[] Alphabet = ['a', 'é', ' ', '<', '&', '\t', '\n', '\u0001', '\u001f', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\uD800'];

    [Fact]
    public void RandomText_KeepsExactlyTheCharactersXmlCanHold()
    {
        var random = new Random(2022);
        for (var run = 0; run < 2_000; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var clean = XmlSafe.Text(text);

            Assert.Equal(BruteForce(text), clean);
            using var xml = XmlWriter.Create(new StringBuilder());
            xml.WriteElementString("t", clean);
        }
    }

    [Fact]
    public void CleanText_IsReturnedAsItIs()
    {
        const string text = "Tokayev 😀 <b>&amp;</b>";

        Assert.Same(text, XmlSafe.Text(text));
    }

    /// <summary>Each whole surrogate pair and each character XML allows, in order; nothing else.</summary>
    private static string BruteForce(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return kept.ToString();
    }
}
