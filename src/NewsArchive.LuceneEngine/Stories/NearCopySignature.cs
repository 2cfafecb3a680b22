using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// A MinHash signature of a text's word shingles (every run of <see cref="ShingleWords"/>
/// words): the share of positions where two signatures agree estimates the Jaccard similarity of
/// their shingle sets, which is near 1 for a copy and its light rewrites and near 0 for different
/// texts on the same subject. Cut into bands whose keys are indexed, so that near-copies are found
/// by looking their keys up: two texts share a band with probability 1 - (1 - J^rows)^bands,
/// 0.94 at J = 0.7 and 0.08 at J = 0.3.
/// </summary>
public sealed class NearCopySignature
{
    public const int ShingleWords = 5;
    public const int Bands = 10;
    public const int RowsPerBand = 4;
    private const int Size = Bands * RowsPerBand;

    /// <summary>Fixed seeds, one per hash function: band keys are stored in the index, so they must never change.</summary>
    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly ulong[] minima;

    private NearCopySignature(ulong[] minima, int shingles)
    {
        this.minima = minima;
        Shingles = shingles;
    }

    /// <summary>How many shingles the text has; short texts give unreliable estimates.</summary>
    public int Shingles { get; }

    /// <summary>The signature of an article's headline and text; null when it has no words.</summary>
    public static NearCopySignature? OfArticle(string title, string body) => Of(title + "\n" + body);

    /// <summary>The signature of <paramref name="text"/>; null when it has no words.</summary>
    public static NearCopySignature? Of(string text)
    {
        var words = WordHashes(text);
        if (words.Count == 0) return null;
        var minima = new ulong[Size];
        Array.Fill(minima, ulong.MaxValue);
        var shingles = Math.Max(1, words.Count - ShingleWords + 1);
        for (var start = 0; start < shingles; start++)
        {
            var shingle = 0UL;
            for (var i = start; i < Math.Min(start + ShingleWords, words.Count); i++) shingle = Mix(shingle ^ words[i]);
            for (var h = 0; h < Size; h++)
            {
                var value = Mix(shingle ^ Seeds[h]);
                if (value < minima[h]) minima[h] = value;
            }
        }
        return new NearCopySignature(minima, shingles);
    }

    /// <summary>Writes the signature for <see cref="ReadFrom"/>: every minimum, in full, since its band keys are made of them.</summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(Shingles);
        foreach (var minimum in minima) writer.Write(minimum);
    }

    internal static NearCopySignature ReadFrom(BinaryReader reader)
    {
        var shingles = reader.ReadInt32();
        var minima = new ulong[Size];
        for (var h = 0; h < Size; h++) minima[h] = reader.ReadUInt64();
        return new NearCopySignature(minima, shingles);
    }

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(NearCopySignature other)
    {
        var same = 0;
        for (var h = 0; h < Size; h++)
            if (minima[h] == other.minima[h]) same++;
        return same / (double)Size;
    }

    /// <summary>The keys of the signature's bands, as indexed: band number and a hash of its rows.</summary>
    public IEnumerable<string> BandKeys()
    {
        for (var band = 0; band < Bands; band++) yield return BandKey(band, BandHash(band));
    }

    /// <summary>The indexed key of a band whose rows hash to <paramref name="hash"/>.</summary>
    public static string BandKey(int band, ulong hash) =>
        band.ToString(CultureInfo.InvariantCulture) + ":" + hash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>A hash of band <paramref name="band"/>'s rows: two signatures share the band when their hashes are equal.</summary>
    public ulong BandHash(int band) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(minima.AsSpan(band * RowsPerBand, RowsPerBand)));

    /// <summary>A hash of each word (letters and digits, lowercased), so that punctuation and case do not tell copies apart.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        Span<char> word = stackalloc char[64];
        var length = 0;
        foreach (var c in text.AsSpan())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length < word.Length) word[length++] = char.ToLowerInvariant(c);
                continue;
            }
            if (length > 0) hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length])));
            length = 0;
        }
        if (length > 0) hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word[..length])));
        return hashes;
    }

    /// <summary>SplitMix64's finaliser: every input bit changes half the output bits.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9e3779b97f4a7c15UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9e3779b97f4a7c15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
