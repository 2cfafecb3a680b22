using System.IO.Compression;
using System.Text;

namespace NewsArchive.Core.Tests.Support;

internal static class Gzip
{
    /// <summary>The text as UTF-8, gzip-compressed in one member.</summary>
    public static byte[] Compress(string text)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return compressed.ToArray();
    }
}
