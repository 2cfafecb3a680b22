using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// Whether two words are forms of one word (cocoa, cocoas; reiterate, reiterated): they share
/// their Porter stem, as in the stemmed fields. Searching finds such forms already, so they are
/// neither corrections nor other spellings.
/// </summary>
public static class WordForms
{
    public static bool AreForms(string a, string b) => Stem(a) == Stem(b);

    private static string Stem(string word)
    {
        // A stemmer keeps its word as state, so each call has its own; they are small.
        var stemmer = new PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
