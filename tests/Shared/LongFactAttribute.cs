namespace NewsArchive.Tests.Shared;

/// <summary>
/// A test that runs for tens of seconds or more (load, repeated faults): it runs where
/// NEWSARCHIVE_LONG_TESTS=1 is set, as CI does, and is skipped in a quick local run.
/// </summary>
public sealed class LongFactAttribute : FactAttribute
{
    public const string Variable = "NEWSARCHIVE_LONG_TESTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public LongFactAttribute()
    {
        if (!Enabled) Skip = $"A long run: set {Variable}=1 to run it (CI does).";
    }
}
