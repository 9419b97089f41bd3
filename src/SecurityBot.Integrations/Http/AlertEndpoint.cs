using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Http;

/// <summary>
/// POST /api/alerts: bounded body (413), authenticated source (401, one answer for every failure), parsed alert (400
/// with an error per field, application/problem+json, nothing stored), then the incidents capability's intake: 201
/// for a new incident, 200 for an external id already raised. Nothing the sender wrote is logged at Information.
/// </summary>
internal sealed partial class AlertEndpoint(
    AlertAuthenticator authenticator,
    IOptions<AlertOptions> options,
    IServiceProvider services,
    ILogger<AlertEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var maxBytes = options.Value.MaxBodyBytes;
        var body = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            LogRefused(logger, "body too large");
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
                detail: $"The body must be at most {maxBytes} bytes.");
        }

        var source = await authenticator.AuthenticateAsync(request, body, cancellationToken);
        if (source is null)
        {
            LogRefused(logger, "not authenticated");
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "The request could not be authenticated.");
        }

        var (alert, errors) = AlertParser.Parse(body, source.Name, source.Options);
        if (alert is null)
        {
            LogInvalid(logger, source.Name, errors.Count);
            return Invalid(errors);
        }

        var intake = services.GetService<IIncidentIntake>();
        if (intake is null)
        {
            LogNoIntake(logger);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unavailable",
                detail: "The incidents capability is not running on this instance.");
        }

        var result = await intake.RaiseAlertAsync(alert, cancellationToken);
        if (!result.Succeeded)
        {
            LogInvalid(logger, source.Name, result.Errors.Count);
            return Invalid(result.Errors);
        }

        LogRaised(logger, source.Name, result.IncidentNumber, !result.AlreadyRaised);
        var answer = new AlertAnswer(result.IncidentNumber, !result.AlreadyRaised);
        return Results.Json(answer, statusCode: result.AlreadyRaised ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static IResult Invalid(IReadOnlyList<FieldError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: "The alert was not accepted; nothing was stored.");

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (read at most one chunk past the limit).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alert was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alert from {Source} was invalid ({ErrorCount} field error(s)); nothing was stored")]
    private static partial void LogInvalid(ILogger logger, string source, int errorCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "An authenticated alert could not be raised: no IIncidentIntake is registered")]
    private static partial void LogNoIntake(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert from {Source} raised {Incident} (new: {Created})")]
    private static partial void LogRaised(ILogger logger, string source, string incident, bool created);
}
