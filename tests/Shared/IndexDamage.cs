namespace NewsArchive.Tests.Shared;

/// <summary>Damage as a failing disk or a stray write does it: bytes changed in place, the file's length and name kept.</summary>
public static class IndexDamage
{
    /// <summary>Overwrites up to <paramref name="count"/> bytes in the middle of the file (at most half of it) with random ones.</summary>
    public static void CorruptMiddle(string file, int count = 4096)
    {
        var bytes = File.ReadAllBytes(file);
        var length = Math.Min(count, bytes.Length / 2);
        var noise = new byte[length];
        new Random(15).NextBytes(noise);
        noise.CopyTo(bytes, (bytes.Length - length) / 2);
        File.WriteAllBytes(file, bytes);
    }

    /// <summary>Overwrites the file's last 16 bytes, where Lucene keeps its footer and checksum.</summary>
    public static void CorruptFooter(string file)
    {
        var bytes = File.ReadAllBytes(file);
        for (var i = bytes.Length - 16; i < bytes.Length; i++) bytes[i] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
    }
}
