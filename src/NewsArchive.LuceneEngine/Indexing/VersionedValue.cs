using System.Text;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// A binary doc value whose first byte names its layout: a value written by another layout (an
/// index made before the layout changed) is read as absent, never misread.
/// </summary>
internal static class VersionedValue
{
    /// <summary>The bytes of <paramref name="version"/> followed by what <paramref name="write"/> writes.</summary>
    public static byte[] Write(byte version, int capacity, Action<BinaryWriter> write)
    {
        using var bytes = new MemoryStream(capacity);
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(version);
            write(writer);
        }
        return bytes.ToArray();
    }

    /// <summary>A reader of what follows the version byte, or null when the value is empty or of another version.</summary>
    public static BinaryReader? Open(BytesRef value, byte version) =>
        value.Length == 0 || value.Bytes[value.Offset] != version
            ? null
            : new BinaryReader(new MemoryStream(value.Bytes, value.Offset + 1, value.Length - 1, writable: false), Encoding.UTF8);
}
