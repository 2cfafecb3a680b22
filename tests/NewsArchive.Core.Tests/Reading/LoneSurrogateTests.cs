using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>
/// Half a surrogate pair escaped on its own in JSON ("\ud83d", an emoji cut in two) is read as
/// U+FFFD: the article is kept, and one bad character never stops the run.
/// </summary>
public sealed class LoneSurrogateTests : IDisposable
{
    private readonly TempFolder folder = new("lone-surrogates-");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(@"a\ud800b", @"a\ufffdb")]
    [InlineData(@"a\udc00b", @"a\ufffdb")]
    [InlineData(@"\ud83d", @"\ufffd")]
    [InlineData(@"\ud83d\ude00", @"\ud83d\ude00")]
    [InlineData(@"\ud83d\ude00\ud83d", @"\ud83d\ude00\ufffd")]
    [InlineData(@"\ude00\ud83d", @"\ufffd\ufffd")]
    [InlineData(@"\\ud800", @"\\ud800")]
    [InlineData(@"\\\ud800", @"\\\ufffd")]
    [InlineData(@"\u0041\n\ud8", @"\u0041\n\ud8")]
    [InlineData(@"plain", @"plain")]
    [InlineData(@"ends in \", @"ends in \")]
    public void Replace_ReplacesOnlyUnpairedSurrogateEscapes(string json, string expected)
    {
        Assert.Equal(expected, LoneSurrogateEscapes.Replace(json));
    }

    [Fact]
    public void JsonLines_RecordWithLoneSurrogate_IsReadWithAReplacementCharacter()
    {
        var path = folder.Write("a.jsonl", string.Join('\n',
            """{"id": "cut", "title": "Cut \ud83d emoji", "body": "Text \udc00 here.", "source": "Wire \ud800", "topics": ["a\ud800"]}""",
            """{"id": "next", "title": "Next", "body": "Text."}"""));

        var results = new JsonFileReader().Read(path, "a").ToList();

        Assert.All(results, r => Assert.Null(r.Problem));
        var cut = results[0].Article!;
        Assert.Equal("Cut \uFFFD emoji", cut.Title);
        Assert.Equal("Text \uFFFD here.", cut.Body);
        Assert.Equal("Wire \uFFFD", cut.Source);
        Assert.Equal(["a\uFFFD"], cut.Keywords["topics"]);
        Assert.Equal("next", results[1].Article!.Id);
    }

    [Fact]
    public void JsonDocument_WithLoneSurrogate_IsRead()
    {
        var path = folder.Write("a.json", "{\n\"title\": \"Cut \\ud83d\",\n\"body\": \"Text.\"\n}");

        var result = Assert.Single(new JsonFileReader().Read(path, "a"));

        Assert.Equal("Cut \uFFFD", result.Article!.Title);
    }

    [Fact]
    public void Sidecar_WithLoneSurrogate_IsApplied()
    {
        folder.Write("a.txt", "Title\n\nThe text.");
        folder.Write("a.meta.json", """{"source": "Wire \ud800"}""");

        var result = Assert.Single(CorpusReader.Default.Read([folder.PathOf("a.txt")]));

        Assert.Equal("Wire \uFFFD", result.Article!.Source);
    }
}
