using System.Text;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Decode_ValidUtf8WithoutBom_IsUtf8()
    {
        Assert.Equal("café – “quoted”", TextDecoder.Decode(Encoding.UTF8.GetBytes("café – “quoted”")));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        Assert.Equal("café", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x63, 0x61, 0x66, 0xC3, 0xA9]));
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252()
    {
        Assert.Equal("café", TextDecoder.Decode([0x63, 0x61, 0x66, 0xE9]));
    }

    [Fact]
    public void Decode_Windows1252Punctuation_MapsToTheRightCharacters()
    {
        Assert.Equal("“quoted” – it’s", TextDecoder.Decode([0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73]));
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsUtf16()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("café")];

        Assert.Equal("café", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_IsUtf16()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("café")];

        Assert.Equal("café", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_NoBytes_IsEmpty()
    {
        Assert.Equal("", TextDecoder.Decode([]));
    }

    [Fact]
    public void LooksBinary_NulByte_IsBinary()
    {
        Assert.True(TextDecoder.LooksBinary([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]));
    }

    [Fact]
    public void LooksBinary_NulByteAfterTheSniffedHead_IsNotBinary()
    {
        var bytes = Enumerable.Repeat((byte)'a', TextDecoder.BinarySniffLength).Append((byte)0).ToArray();

        Assert.False(TextDecoder.LooksBinary(bytes));
    }

    [Fact]
    public void LooksBinary_Utf16WithBom_IsText()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("text")];

        Assert.False(TextDecoder.LooksBinary(bytes));
    }

    [Fact]
    public void LooksBinary_PlainText_IsText()
    {
        Assert.False(TextDecoder.LooksBinary(Encoding.UTF8.GetBytes("Plain text.\n")));
    }
}
