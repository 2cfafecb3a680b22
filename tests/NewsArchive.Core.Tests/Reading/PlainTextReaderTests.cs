using System.Text;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

public sealed class PlainTextReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plaintext-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("dir/A.TXT", true)]
    [InlineData("a.txt.gz", false)]
    [InlineData("a.jsonl", false)]
    [InlineData("txt", false)]
    public void CanRead_JudgesByTxtExtension(string path, bool expected)
    {
        Assert.Equal(expected, new PlainTextReader().CanRead(path));
    }

    [Fact]
    public void Read_TextFile_GivesOneArticleWithTheFileId()
    {
        var path = Write("story.txt", Encoding.UTF8.GetBytes("Talks begin\n\nThe talks began."));

        var result = Assert.Single(new PlainTextReader().Read(path, "folder/story"));

        Assert.Null(result.Problem);
        Assert.Equal("folder/story", result.Article!.Id);
        Assert.Equal("Talks begin", result.Article.Title);
        Assert.Equal("The talks began.", result.Article.Body);
    }

    [Fact]
    public void Read_Windows1252File_DecodesAccents()
    {
        var path = Write("cafe.txt", [0x63, 0x61, 0x66, 0xE9]);

        var result = Assert.Single(new PlainTextReader().Read(path, "cafe"));

        Assert.Equal("café", result.Article!.Body);
    }

    [Fact]
    public void Read_Utf16FileWithBom_DecodesText()
    {
        var path = Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Talks begin\r\n\r\nThe talks began.")]);

        var result = Assert.Single(new PlainTextReader().Read(path, "utf16"));

        Assert.Equal("Talks begin", result.Article!.Title);
        Assert.Equal("The talks began.", result.Article.Body);
    }

    [Fact]
    public void Read_Utf8FileWithBom_LeavesNoBomInTheTitle()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Talks begin\n\nThe talks began.")]);

        var result = Assert.Single(new PlainTextReader().Read(path, "bom"));

        Assert.Equal("Talks begin", result.Article!.Title);
    }

    [Fact]
    public void Read_BinaryFile_IsSkipped()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var result = Assert.Single(new PlainTextReader().Read(path, "image"));

        Assert.Null(result.Article);
        Assert.Equal(new ReadProblem(path, null, "binary file"), result.Problem);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Read_EmptyOrWhitespaceFile_IsSkipped(byte[] bytes)
    {
        var path = Write("empty.txt", bytes);

        var result = Assert.Single(new PlainTextReader().Read(path, "empty"));

        Assert.Null(result.Article);
        Assert.Equal("empty text", result.Problem!.Reason);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsSkipped()
    {
        var path = Write("big.txt", Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024 + 1)));

        var result = Assert.Single(new PlainTextReader(maxBytes: 2 * 1024 * 1024).Read(path, "big"));

        Assert.Null(result.Article);
        Assert.Equal("over the size limit (2 MB)", result.Problem!.Reason);
    }

    [Fact]
    public void Read_MissingFile_IsSkippedNotThrown()
    {
        var path = Path.Combine(_folder, "missing.txt");

        var result = Assert.Single(new PlainTextReader().Read(path, "missing"));

        Assert.Null(result.Article);
        Assert.StartsWith("unreadable: ", result.Problem!.Reason);
    }

    [Fact]
    public void Read_IsDeferredUntilEnumerated()
    {
        var path = Path.Combine(_folder, "later.txt");
        var results = new PlainTextReader().Read(path, "later");
        File.WriteAllText(path, "Written after Read was called.");

        Assert.NotNull(Assert.Single(results).Article);
    }

    [Fact]
    public void Constructor_NonPositiveLimit_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlainTextReader(0));
    }
}
