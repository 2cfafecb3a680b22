using static NewsArchive.Indexer.Tests.Search.SearchIndexFixture;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary>
/// What <c>search</c> cannot use is reported on standard error with an exit code: 2 for the caller's
/// mistake (a value, a folder that holds no index), 1 for an index that cannot be read; never a stack trace.
/// </summary>
public sealed class SearchErrorTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    public static TheoryData<string[], string> InvalidValues => new()
    {
        { ["--from", "2022-13-45"], "--from" },
        { ["--from", "2022-1-1"], "--from" },
        { ["--from", "01/10/2022"], "--from" },
        { ["--to", "notadate"], "--to" },
        { ["--from", "2022-02-01", "--to", "2022-01-01"], "start date" },
        { ["--from", "2022-02", "--to", "2022-01"], "start date" },
        { ["--sort", "sideways"], "--sort" },
        { ["--sort", "1"], "--sort" },
        { ["--sort", "newest,oldest"], "--sort" },
        { ["--sort", "random", "--seed", "-3"], "--seed" },
        { ["--limit", "0"], "--limit" },
        { ["--limit", "1000"], "--limit" },
        { ["--limit", "101"], "--limit" },
        { ["--limit", "-5"], "--limit" },
        { ["--limit", "ten"], "--limit" },
        { ["--page", "0"], "--page" },
        { ["--page", "1.5"], "--page" },
        { ["--page", "1001"], "--page" },
        { ["--limit", "100", "--page", "101"], "--page" },
        { ["--kw", "nocolon"], "--kw" },
        { ["--kw", "topic:"], "--kw" },
        { ["--group", "sideways"], "--group" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void InvalidValue_IsAUsageErrorNamingIt(string[] args, string named)
    {
        var (exitCode, output, error) = index.Search(["Kazakhstan", .. args]);

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Equal("", output);
        Assert.Contains(named, error);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void InvalidValue_WithJson_PrintsNothingOnStandardOutput()
    {
        var (exitCode, output, error) = index.Search("Kazakhstan", "--limit", "0", "--json");

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Equal("", output);
        Assert.Equal("--limit must be a whole number from 1 to 100 (not \"0\").", error.Trim());
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(1_001)]
    public void QueryOverTheLengthLimit_IsAUsageError(int length)
    {
        var (exitCode, output, error) = index.Search(new string('a', length));

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Equal("", output);
        Assert.Contains("too long", error);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void QueryOfManyWordsUnderTheLengthLimit_IsSearched()
    {
        var query = string.Join(' ', Enumerable.Range(0, 200).Select(i => "w" + i));
        Assert.InRange(query.Length, 800, 1_000);

        var (exitCode, _, error) = index.Search(query);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
    }

    [Fact]
    public void IndexFolderMissing_IsAUsageError()
    {
        using var temp = new TempFolder();
        var missing = temp.PathOf("no-such-index");

        var (exitCode, output, error) = Run("search", "Kazakhstan", "--index", missing);

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Equal("", output);
        Assert.Contains(missing, error);
        Assert.Contains("no such folder", error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void IndexFolderEmpty_IsAUsageErrorSayingHowToBuildOne()
    {
        using var temp = new TempFolder();

        var (exitCode, output, error) = Run("search", "Kazakhstan", "--index", temp.Path);

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"{temp.Path} holds no index", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void IndexIsAFile_IsAUsageError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("index.txt", "not an index");

        var (exitCode, _, error) = Run("search", "Kazakhstan", "--index", file);

        Assert.Equal(IndexerCommand.UsageError, exitCode);
        Assert.Contains($"{file} is a file", error);
    }

    [Theory]
    [InlineData("*.si", "delete")]
    [InlineData("*.fdt", "truncate")]
    [InlineData("segments_*", "garble")]
    public void IndexDamaged_FailsSayingItCannotBeRead(string pattern, string damage)
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(index.IndexPath)) File.Copy(file, temp.PathOf(Path.GetFileName(file)));
        var damaged = Directory.GetFiles(temp.Path, pattern);
        Assert.NotEmpty(damaged);
        foreach (var file in damaged)
        {
            if (damage == "delete") File.Delete(file);
            else if (damage == "truncate") File.WriteAllBytes(file, File.ReadAllBytes(file)[..30]);
            else File.WriteAllBytes(file, [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 37))]);
        }

        var (exitCode, output, error) = Run("search", "Kazakhstan", "--index", temp.Path);

        Assert.Equal(IndexerCommand.Failure, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"The index at {temp.Path} cannot be read: ", error);
        AssertNoStackTrace(error);
    }

    [Fact]
    public void IndexOptionMissing_Fails()
    {
        var (exitCode, output, error) = Run("search", "Kazakhstan");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--index", error);
        Assert.DoesNotContain("matches", output);
    }

    [Fact]
    public void SecondQueryWord_WithoutQuotes_IsRefused()
    {
        var (exitCode, _, error) = index.Search("Kazakhstan", "China");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("China", error);
    }

    private static void AssertNoStackTrace(string error) =>
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", error);
}
