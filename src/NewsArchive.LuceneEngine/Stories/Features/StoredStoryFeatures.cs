using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Stories.Features;

/// <summary>
/// What the grouping needs of an article, made while it is indexed and kept in binary doc values
/// beside it: its id (to name the story it may start and to update its story), its outlet, whether
/// it has a body, its story terms (<see cref="StoryTerms"/>) and its near-copy signature. Reading these back
/// costs a few hundred bytes an article, where reading its text back cost a stored-fields block to
/// decompress and the whole text to analyse again.
/// </summary>
public sealed record StoredStoryFeatures(string Id, string? Source, bool HasBody, IReadOnlyList<StoryTerm> Terms, NearCopySignature? Signature)
{
    /// <summary>Changed whenever the layout changes; a value of another version is read as absent (and made again from the text).</summary>
    private const byte Version = 2;

    public static StoredStoryFeatures Of(string id, string? source, string title, string body, NearCopySignature? signature) =>
        new(id, source, body.Length > 0, StoryTerms.Of(title, body), signature);

    public byte[] Encode() => VersionedValue.Write(Version, 512, writer =>
    {
        writer.Write(Id);
        writer.Write(Source ?? "");
        writer.Write(HasBody);
        writer.Write7BitEncodedInt(Terms.Count);
        foreach (var term in Terms)
        {
            writer.Write(term.Stem);
            writer.Write7BitEncodedInt(term.Count);
        }
        writer.Write(Signature is not null);
        Signature?.WriteTo(writer);
    });

    /// <summary>The features in <paramref name="value"/>, or null when it holds none of this version (an article indexed before they were stored).</summary>
    public static StoredStoryFeatures? Decode(BytesRef value)
    {
        if (VersionedValue.Open(value, Version) is not { } reader) return null;
        using (reader)
        {
            var id = reader.ReadString();
            var source = reader.ReadString();
            var hasBody = reader.ReadBoolean();
            var terms = new StoryTerm[reader.Read7BitEncodedInt()];
            for (var i = 0; i < terms.Length; i++) terms[i] = new StoryTerm(reader.ReadString(), reader.Read7BitEncodedInt());
            return new StoredStoryFeatures(id, source.Length > 0 ? source : null, hasBody, terms, ReadSignature(reader));
        }
    }

    /// <summary>
    /// Only the signature in <paramref name="value"/> (null for a text without words), skipping
    /// the rest unmade; false when it holds no features of this version.
    /// </summary>
    public static bool TryDecodeSignature(BytesRef value, out NearCopySignature? signature)
    {
        signature = null;
        if (VersionedValue.Open(value, Version) is not { } reader) return false;
        using (reader)
        {
            reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);
            reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);
            reader.ReadBoolean();
            var terms = reader.Read7BitEncodedInt();
            for (var i = 0; i < terms; i++)
            {
                reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);
                reader.Read7BitEncodedInt();
            }
            signature = ReadSignature(reader);
            return true;
        }
    }

    private static NearCopySignature? ReadSignature(BinaryReader reader) => reader.ReadBoolean() ? NearCopySignature.ReadFrom(reader) : null;
}
