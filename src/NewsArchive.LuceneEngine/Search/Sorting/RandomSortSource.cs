using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using Int64 = J2N.Numerics.Int64;

namespace NewsArchive.LuceneEngine.Search.Sorting;

/// <summary>
/// A random order fixed by a seed: each article sorts by a hash of the seed and its id, so the
/// first n matches are a uniform random sample of them, the same for the same seed on any commit
/// of the index (an article's place among the others never depends on what else was added), and
/// unrelated from one seed to the next. With <paramref name="stories"/>, every version of a story
/// sorts by a hash of the seed and the story, so that one hit per story samples stories uniformly
/// rather than favouring those with many versions.
/// </summary>
internal sealed class RandomSortSource(SegmentCache segments, int seed, StoryTable? stories) : FieldComparerSource
{
    /// <summary>The name the order's sort field goes by (no field of that name is read).</summary>
    public const string Field = "random";

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Comparer(segments, seed, stories, numHits);

    /// <summary>The key of an article or story (its id's hash) under a seed: SplitMix64's finalizer, a bijection that scatters every input bit.</summary>
    public static long Key(ulong id, int seed)
    {
        var z = id + (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (long)(z ^ (z >> 31));
    }

    /// <summary>A 64-bit FNV-1a hash of an id's bytes: the same id, the same hash, on every commit.</summary>
    public static ulong IdHash(ReadOnlySpan<byte> id)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in id) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    /// <summary>Every document's id hash, read from the segment's id terms once and kept with the segment.</summary>
    private static ulong[] IdHashes(SegmentCache segments, AtomicReader segment) => segments.Get(segment, "idhash", () =>
    {
        var hashes = new ulong[segment.MaxDoc];
        if (segment.GetTerms(ArchiveSchema.Id) is not { } terms) return hashes;
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term;
            var hash = IdHash(term.Bytes.AsSpan(term.Offset, term.Length));
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) hashes[doc] = hash;
        }
        return hashes;
    });

    private sealed class Comparer(SegmentCache segments, int seed, StoryTable? stories, int numHits) : FieldComparer<Int64>
    {
        private readonly long[] slots = new long[numHits];
        private ulong[] ids = [];
        private int docBase;
        private long bottom;
        private long top;

        public override Int64 this[int slot] => Int64.GetInstance(slots[slot]);

        public override int Compare(int slot1, int slot2) => slots[slot1].CompareTo(slots[slot2]);

        public override void SetBottom(int slot) => bottom = slots[slot];

        public override void SetTopValue(Int64 value) => top = value.ToInt64();

        public override int CompareBottom(int doc) => bottom.CompareTo(Value(doc));

        public override int CompareTop(int doc) => top.CompareTo(Value(doc));

        public override void Copy(int slot, int doc) => slots[slot] = Value(doc);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            ids = IdHashes(segments, context.AtomicReader);
            docBase = context.DocBase;
            return this;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Value(int doc) =>
            Key(stories?.StoryOf(docBase + doc) is { } story ? (ulong)story.Value : ids[doc], seed);
    }
}
