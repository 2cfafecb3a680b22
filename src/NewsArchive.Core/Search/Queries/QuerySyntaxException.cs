namespace NewsArchive.Core.Search.Queries;

/// <summary>The text is not a query in the archive's language (an unclosed range, a stray ^).</summary>
public class QuerySyntaxException(string message) : Exception(message);

/// <summary>A form of query that would cost too much was typed; the message says why, for the reader.</summary>
public sealed class QueryRefusedException(string reason) : QuerySyntaxException(reason);
