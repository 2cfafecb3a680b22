using NewsArchive.Core.Stories;
using NewsArchive.Core.Tests.Search;
using NewsArchive.LuceneEngine.Stories;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>What keeps the grouping of a large archive fast and small gives the stories the simple way would.</summary>
[Collection(ArchiveCollection.Name)]
public class GroupingAtScaleTests(ArchiveFixture archive)
{
    [Fact]
    public void NearCopyTable_FindsForEveryBandWhatTheIndexedBandsFind()
    {
        using var lease = archive.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var features = new StoryFeatureSource(reader).NewReader();
        var table = NearCopyTable.Read(features);
        var indexed = new IndexedNearCopyBands(features.Postings);
        var withCopies = 0;

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (features.SignatureOf(doc) is not { } signature) continue;
            for (var band = 0; band < NearCopySignature.Bands; band++)
            {
                var hash = signature.BandHash(band);
                var fromIndex = Visited(indexed, band, hash, limit: 3);
                var fromTable = Visited(table, band, hash, limit: 3);
                // The table leaves out a band no other article shares: it finds no copy.
                if (fromIndex.Count == 1) Assert.Equal([doc], fromIndex);
                else
                {
                    withCopies++;
                    Assert.Equal(fromIndex, fromTable);
                }
            }
        }
        Assert.True(withCopies > 100, $"only {withCopies} bands shared: the corpus should have near-copies");
    }

    private static List<int> Visited(INearCopyBands bands, int band, ulong hash, int limit)
    {
        var docs = new List<int>();
        bands.ForEachDoc(band, hash, limit, docs.Add);
        return docs;
    }

    [Fact]
    public void Grouping_InSmallBlocks_GivesEveryArticleTheStoryOfOneBlock()
    {
        using var lease = archive.Index.Acquire();
        var reader = lease.Searcher.IndexReader;

        var inOneBlock = Regroup(reader, StoryGrouper.DefaultBlockSize);
        var inBlocks = Regroup(reader, blockSize: 97);

        Assert.Equal(reader.NumDocs, inOneBlock.Count);
        Assert.Equal(inOneBlock, inBlocks);
        Assert.Contains(inOneBlock.Values, story => story.Story != StoryId.StartedBy(story.Id));
    }

    private static Dictionary<string, (string Id, StoryId Story, StoryId? First)> Regroup(Lucene.Net.Index.IndexReader reader, int blockSize)
    {
        var given = new Dictionary<string, (string, StoryId, StoryId?)>();
        new StoryGrouper(new StoryOptions(), threads: 2, blockSize).Group(reader, (id, story, first) => given[id] = (id, story, first), regroup: true);
        return given;
    }
}
