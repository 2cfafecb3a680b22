using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Stories;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>What is kept of an article for the grouping while it is indexed, and read back.</summary>
public class StoredStoryFeaturesTests
{
    [Fact]
    public void Encode_ThenDecode_GivesBackEveryPart()
    {
        const string title = "Harbour crane collapses onto cargo ship";
        const string body = "A crane collapsed onto a cargo ship in Valletta harbour on Friday, the harbour authority said.";
        var stored = StoredStoryFeatures.Of("wire-1", "Harbour Wire", title, body, NearCopySignature.OfArticle(title, body));

        var read = StoredStoryFeatures.Decode(new BytesRef(stored.Encode()))!;

        Assert.Equal("wire-1", read.Id);
        Assert.Equal("Harbour Wire", read.Source);
        Assert.True(read.HasBody);
        Assert.Equal(stored.Terms, read.Terms);
        Assert.Equal(1.0, read.Signature!.Similarity(stored.Signature!));
        Assert.Equal(stored.Signature!.BandKeys(), read.Signature.BandKeys());
    }

    [Theory]
    [InlineData("Harbour crane collapses onto cargo ship", "A crane collapsed onto a cargo ship in Valletta harbour on Friday.")]
    [InlineData("Grúa se desploma", "")]
    [InlineData("", "")]
    public void TryDecodeSignature_SkipsToTheSignatureDecodeReads(string title, string body)
    {
        var stored = new BytesRef(StoredStoryFeatures.Of("wire-ü", "Hårbour Wire", title, body, NearCopySignature.OfArticle(title, body)).Encode());

        Assert.True(StoredStoryFeatures.TryDecodeSignature(stored, out var signature));

        var decoded = StoredStoryFeatures.Decode(stored)!.Signature;
        Assert.Equal(decoded?.BandKeys(), signature?.BandKeys());
        Assert.False(StoredStoryFeatures.TryDecodeSignature(new BytesRef([99, 1, 2, 3]), out _));
    }

    [Fact]
    public void Decode_NothingOrAnotherLayout_IsNone()
    {
        Assert.Null(StoredStoryFeatures.Decode(new BytesRef()));
        Assert.Null(StoredStoryFeatures.Decode(new BytesRef([99, 1, 2, 3])));
    }

    [Fact]
    public void StoryTerms_CountTheHeadlineTwice_DropWordsEveryTextHas_AndReadOnlyTheLead()
    {
        var lead = "The harbour authority closed the quay. ";
        var rest = string.Concat(Enumerable.Repeat("Tourism figures for Malta rose again. ", 200));

        var terms = StoryTerms.Of("Crane collapses in harbour", lead + rest).ToDictionary(t => t.Stem, t => t.Count);

        Assert.Equal(3, terms["harbour"]);
        Assert.Equal(2, terms["crane"]);
        Assert.DoesNotContain("the", terms.Keys);
        var inLead = (lead + rest)[..StoryTerms.LeadCharacters].Split("Tourism").Length - 1;
        Assert.Equal(inLead, terms["tourism"]);
    }
}
