namespace NewsArchive.Tests.Shared;

/// <summary>Damage as a failing disk or a stray write does it: bytes changed in place, the file's length and name kept.</summary>
public static class IndexDamage
{
    /// <summary>Overwrites up to <paramref name="count"/> bytes in the middle of the file (at most half of it) with random ones.</summary>
    public static void CorruptMiddle(string file, int count = 4096)
    {
        var length = (int)Math.Min(count, new FileInfo(file).Length / 2);
        var noise = new byte[length];
        new Random(15).NextBytes(noise);
        Overwrite(file, (new FileInfo(file).Length - length) / 2, noise);
    }

    /// <summary>Overwrites the file's last 16 bytes, where Lucene keeps its footer and checksum.</summary>
    public static void CorruptFooter(string file)
    {
        var footer = new byte[16];
        using (var stream = File.OpenRead(file))
        {
            stream.Position = stream.Length - footer.Length;
            stream.ReadExactly(footer);
        }
        for (var i = 0; i < footer.Length; i++) footer[i] ^= 0x5A;
        Overwrite(file, new FileInfo(file).Length - footer.Length, footer);
    }

    /// <summary>In place, as dd conv=notrunc does: a reader with the file mapped never sees it shorter.</summary>
    private static void Overwrite(string file, long offset, byte[] bytes)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Position = offset;
        stream.Write(bytes);
    }
}
