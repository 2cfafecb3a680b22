namespace NewsArchive.Indexer.Tests;

/// <summary>The command line knows the archive only by Core's contracts: the engine is named where the program is put together, its library nowhere.</summary>
public sealed class EngineBoundaryTests
{
    [Fact]
    public void CommandLine_NamesNoLuceneType() => Assert.Empty(EngineBoundary.LuceneTypesNamedBy(typeof(IndexerCommand).Assembly));
}
