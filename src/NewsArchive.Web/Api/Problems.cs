using NewsArchive.Core.Search;

namespace NewsArchive.Web.Api;

/// <summary>The API's errors as RFC 7807 problem details, worded alike everywhere.</summary>
public static class Problems
{
    /// <summary>400, naming the parameter (also as the extension member "parameter") and what was wrong with it.</summary>
    public static IResult BadParameter(ParameterError error) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter: {error.Parameter}",
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}
