using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;

namespace FractalGoals.Api.Http;

/// <summary>Lists on the wire (ADR 0030, docs/paging.md): the body is the list's usual shape, a page's total a header.</summary>
internal static class Paging
{
    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>The list written straight into the response as it streams (ADR 0032); when a page was asked for, the whole list's size in <see cref="TotalCountHeader"/>.</summary>
    public static IResult ToListHttp<T>(this Result<WrittenList<T>> result, HttpResponse response)
        where T : WrittenJson
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(response);
        if (!result.IsSuccess) return result.Failed<object>().ToHttp();
        if (result.Value!.TotalCount is { } total)
            response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StreamedJsonResult(result.Value, StatusCodes.Status200OK);
    }
}
