using System.Diagnostics;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// Asks the app again and again, until the answer is the one awaited or the deadline passes: the
/// app sees a new commit on its next refresh, not at once. Returns the last answer, for the test
/// to assert on (and to show when it never came).
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static async Task<T> AskAsync<T>(Func<Task<T>> ask, Func<T, bool> awaited, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        var answer = await ask();
        while (!awaited(answer) && clock.Elapsed < deadline)
        {
            await Task.Delay(Pause);
            answer = await ask();
        }
        return answer;
    }
}
