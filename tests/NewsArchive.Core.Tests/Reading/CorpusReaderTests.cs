using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>How files and folders are walked, named and reported.</summary>
public sealed class CorpusReaderTests : IDisposable
{
    private readonly TempFolder folder = new("corpus-reader-");

    public void Dispose() => folder.Dispose();

    private static List<ReadResult> Read(params string[] paths) => CorpusReader.Default.Read(paths).ToList();

    private static List<string> Ids(IEnumerable<ReadResult> results) =>
        results.Where(r => r.Article is not null).Select(r => r.Article!.Id).ToList();

    [Fact]
    public void Read_Folder_NamesArticlesByWholeRelativePath()
    {
        Directory.CreateDirectory(folder.PathOf("seeds"));
        foreach (var file in Directory.EnumerateFiles(BundledCorpus.Seeds, "*.txt"))
            File.Copy(file, folder.PathOf(Path.Combine("seeds", Path.GetFileName(file))));
        folder.Write("wire/day1.jsonl.gz", Gzip.Compress("""{"title": "T", "body": "B"}"""));

        var ids = Ids(Read(folder.Path));

        Assert.Equal(
        [
            "seeds/000_0991502cd2966729.txt", "seeds/001_e8e74c77bd022465.txt", "seeds/002_00d06213086799bc.txt",
            "seeds/003_3dab90f634ad840a.txt", "seeds/004_575892bb0f18c275.txt",
        ], ids[..^1]);
        Assert.Matches("^wire/day1.jsonl.gz#[0-9a-f]{16}$", ids[^1]);
    }

    [Fact]
    public void Read_SingleFile_NamesArticleByFileName()
    {
        var path = folder.Write("deep/down/story.txt", "Talks begin\n\nThe talks began.");

        Assert.Equal(["story.txt"], Ids(Read(path)));
    }

    [Theory]
    [InlineData("a/b/story.jsonl.gz", "a/b/story.jsonl.gz")]
    [InlineData("story.txt", "story.txt")]
    [InlineData("a/v1.2/story.txt", "a/v1.2/story.txt")]
    [InlineData("a/noextension", "a/noextension")]
    public void FileId_IsTheWholeRelativePath(string relative, string expected)
    {
        var root = Path.GetFullPath("/corpus");

        Assert.Equal(expected, new CorpusFile(Path.Combine(root, relative), root).Id);
    }

    [Fact]
    public void Read_Folder_IgnoresReadmeLicenseAndHiddenFilesSilently()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        folder.Write("README.md", "About this corpus");
        folder.Write("README", "About this corpus");
        folder.Write("sub/readme.txt", "About this folder");
        folder.Write("LICENSE.txt", "Terms");
        folder.Write(".DS_Store", "junk");
        folder.Write("sub/.hidden.jsonl", """{"title": "T", "body": "B"}""");
        folder.Write(".cache/story.txt", "Cached\n\nNot an article.");

        var results = Read(folder.Path);

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(["story.txt"], Ids(results));
    }

    [Fact]
    public void Read_Folder_ReadsEveryFormatWithTheReaderMadeForIt()
    {
        folder.Write("a.json", """[{"title": "Array one", "body": "B"}, {"title": "Array two", "body": "B"}]""");
        folder.Write("b.md", "# Markdown story\n\nText.");
        folder.Write("c.ndjson.gz", Gzip.Compress("""{"title": "Packed line", "body": "B"}"""));
        folder.Write("d.txt", "---\ntitle: Text with front matter\n---\nText.");
        folder.Write("e.json", """{"headline": "One object", "articleBody": "B"}""");

        var results = Read(folder.Path);

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(["a.json#", "a.json#", "b.md", "c.ndjson.gz#", "d.txt", "e.json"], Ids(results).Select(id => id.Split('#')[0] + (id.Contains('#') ? "#" : "")));
        Assert.Equal(["Array one", "Array two", "Markdown story", "Packed line", "Text with front matter", "One object"],
            results.Select(r => r.Article!.Title));
    }

    [Fact]
    public void Read_UnsupportedFileType_GivesOneProblemNamingTheFile()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        var pdf = folder.Write("scan.pdf", "%PDF-1.4");

        var results = Read(folder.Path);

        Assert.Equal(["story.txt"], Ids(results));
        var problem = Assert.Single(results, r => r.Problem is not null).Problem!;
        Assert.Equal(pdf, problem.Path);
        Assert.Null(problem.Line);
        Assert.Contains(".pdf", problem.Reason);
    }

    [Fact]
    public void Read_NonexistentPath_GivesOneProblemNamingIt()
    {
        var missing = folder.PathOf("no/such/place");
        var story = folder.Write("story.txt", "Talks begin\n\nThe talks began.");

        var results = Read(missing, story);

        Assert.Equal(2, results.Count);
        Assert.Equal(missing, results[0].Problem?.Path);
        Assert.Equal("story.txt", results[1].Article?.Id);
    }

    [Fact]
    public void Read_Folder_IsInStableOrdinalPathOrder()
    {
        foreach (var name in new[] { "b.txt", "a/z.txt", "C.txt", "a.txt", "a/b/c.txt", "B.txt" })
            folder.Write(name, $"Title {name}\n\nBody of {name}.");

        var first = Ids(Read(folder.Path));
        var second = Ids(Read(folder.Path));

        Assert.Equal(["B.txt", "C.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"], first);
        Assert.Equal(first, second);
    }
}
