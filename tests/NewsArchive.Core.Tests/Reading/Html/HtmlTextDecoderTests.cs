using System.Text;
using NewsArchive.Core.Reading.Html;

namespace NewsArchive.Core.Tests.Reading.Html;

public sealed class HtmlTextDecoderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">", 1252)]
    [InlineData("<META CHARSET=windows-1252>", 1252)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", 1252)] // Latin-1 is read as 1252, as browsers do
    [InlineData("<meta http-equiv='content-type' content='text/html;charset=koi8-r'>", 20866)]
    [InlineData("<meta charset=\"utf-8\">", null)] // left to TextDecoder, which copes with mislabelled pages
    [InlineData("<meta charset=\"utf-16\">", null)]
    [InlineData("<meta charset=\"no-such-charset\">", null)]
    [InlineData("<title>charset=windows-1252</title>", null)] // only a <meta> declares
    public void DeclaredEncoding_ReadsMetaCharsetAndHttpEquiv(string head, int? codePage)
    {
        Assert.Equal(codePage, HtmlTextDecoder.DeclaredEncoding(Encoding.ASCII.GetBytes(head))?.CodePage);
    }

    [Fact]
    public void DeclaredEncoding_IsLookedForOnlyNearTheStart()
    {
        var late = new string(' ', HtmlTextDecoder.PrescanLength) + "<meta charset=\"windows-1252\">";

        Assert.Null(HtmlTextDecoder.DeclaredEncoding(Encoding.ASCII.GetBytes(late)));
    }

    [Fact]
    public void Decode_UsesTheDeclaredLegacyEncoding()
    {
        // 0xE9 is "é" in Windows-1252 and "И" in KOI8-R: the declaration decides.
        var bytes = Windows1252.GetBytes("<meta charset=koi8-r><p>x").Concat(new byte[] { 0xE9 }).ToArray();

        Assert.EndsWith("xИ", HtmlTextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_WithoutDeclaration_FallsBackLikeATextFile()
    {
        Assert.Equal("<p>café</p>", HtmlTextDecoder.Decode(Windows1252.GetBytes("<p>café</p>")));
        Assert.Equal("<p>café</p>", HtmlTextDecoder.Decode(Encoding.UTF8.GetBytes("<p>café</p>")));
    }
}
