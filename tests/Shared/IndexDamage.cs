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

}
