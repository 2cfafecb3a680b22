using NewsArchive.LuceneEngine.Stories;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>The MinHash estimate against the exact Jaccard similarity of the shingle sets, computed by brute force.</summary>
public class NearCopySignatureTests
{
    private static HashSet<string> Shingles(string text)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{Nd}]+").Select(m => m.Value).ToList();
        var shingles = new HashSet<string>();
        for (var i = 0; i + NearCopySignature.ShingleWords <= words.Count; i++)
            shingles.Add(string.Join(' ', words.Skip(i).Take(NearCopySignature.ShingleWords)));
        return shingles;
    }

    private static double Jaccard(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        return x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    [Fact]
    public void Similarity_OfRandomEdits_EstimatesTheExactJaccardWithinTheMinHashError()
    {
        var random = new Random(7);
        var vocabulary = Enumerable.Range(0, 400).Select(i => "w" + i).ToArray();
        for (var trial = 0; trial < 60; trial++)
        {
            var original = Enumerable.Range(0, 200).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var edited = original.Select(w => random.NextDouble() < trial / 600.0 ? vocabulary[random.Next(vocabulary.Length)] : w).ToArray();
            var (a, b) = (string.Join(' ', original), string.Join(' ', edited));
            var estimate = NearCopySignature.Of(a)!.Similarity(NearCopySignature.Of(b)!);
            // 40 hashes: the estimate's standard error is at most 0.08; four of them is a generous bound.
            Assert.InRange(estimate - Jaccard(a, b), -0.32, 0.32);
        }
    }

    [Fact]
    public void BandKeys_OfTheSameTextWrittenOtherwise_AreTheSame()
    {
        var a = NearCopySignature.Of("Wang Yi called Mukhtar Tileuberdi, the Kazakh foreign minister, on Monday.")!;
        var b = NearCopySignature.Of("WANG YI CALLED MUKHTAR TILEUBERDI -- the Kazakh foreign minister -- on Monday")!;
        Assert.Equal(a.BandKeys(), b.BandKeys());
        Assert.Equal(1.0, a.Similarity(b));
    }

    [Fact]
    public void Of_TextWithoutWords_IsNull()
    {
        Assert.Null(NearCopySignature.Of(" -- ... "));
    }
}
