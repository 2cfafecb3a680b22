namespace NewsArchive.Core.Search.Terms;

/// <summary>
/// How characteristic a word is of a set of articles against a reference (Dunning 1993): the
/// log-likelihood ratio G² of the 2×2 table of articles with and without the word in each, the
/// measure corpus linguists call keyness. Unlike a ratio of proportions it does not put a word
/// of two articles above one of two hundred; unlike a count it does not put "said" first.
/// </summary>
public static class Keyness
{
    /// <summary>
    /// G² for <paramref name="inSet"/> of <paramref name="setSize"/> articles holding the word
    /// against <paramref name="inReference"/> of <paramref name="referenceSize"/>; 0 when the set
    /// uses it no more than the reference (only words the set favours are characteristic of it).
    /// </summary>
    public static double LogLikelihood(int inSet, int setSize, int inReference, int referenceSize)
    {
        if (setSize <= 0 || referenceSize <= 0) return 0;
        double a = inSet, b = inReference, c = setSize - inSet, d = referenceSize - inReference;
        if (a / setSize <= b / referenceSize) return 0;
        var n = a + b + c + d;
        return 2 * (Term(a, (a + b) * (a + c) / n) + Term(b, (a + b) * (b + d) / n) + Term(c, (c + d) * (a + c) / n) + Term(d, (c + d) * (b + d) / n));
    }

    private static double Term(double observed, double expected) => observed <= 0 ? 0 : observed * Math.Log(observed / expected);
}
