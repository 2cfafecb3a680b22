namespace NewsArchive.Web.Tests;

/// <summary>The web app knows the archive only by Core's contracts: the engine is named where the app is put together, its library nowhere.</summary>
public sealed class EngineBoundaryTests
{
    [Fact]
    public void WebApp_NamesNoLuceneType() => Assert.Empty(EngineBoundary.LuceneTypesNamedBy(typeof(Program).Assembly));
}
