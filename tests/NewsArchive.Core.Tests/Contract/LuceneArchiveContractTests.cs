using NewsArchive.LuceneEngine;

namespace NewsArchive.Core.Tests.Contract;

/// <summary>The archive's contract, held by the Lucene.Net engine.</summary>
public sealed class LuceneArchiveContractTests : ArchiveContract
{
    protected override IArchiveEngine Engine { get; } = new LuceneArchiveEngine();
}
