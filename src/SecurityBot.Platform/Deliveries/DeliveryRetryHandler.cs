using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Platform.Deliveries;

/// <summary>
/// Retry on the <c>admin deliveries</c> card (verb <see cref="DeliveriesCard.RetryVerb"/>): the data names only the
/// outbox row; the role is checked again on the server at the press, and the row is requeued once (a second press
/// says it is already queued). Anyone outside the security roles gets the refusal and nothing changes.
/// </summary>
internal sealed partial class DeliveryRetryHandler(DeliveriesAccess access, DeliveriesReport report, ILogger<DeliveryRetryHandler> logger) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [DeliveriesCard.RetryVerb];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await access.MayAdministerAsync(context.Actor.AadObjectId, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Error(403, "Forbidden", $"{DeliveriesRefusal.Title}. {DeliveriesRefusal.Message}");
        }

        if (!Guid.TryParseExact(context.Data.Text("id", 32)?.Trim() ?? string.Empty, "N", out var id))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which message to retry.");
        }

        var outcome = await report.RetryAsync(id, cancellationToken);
        LogRetry(logger, id, outcome);
        return outcome switch
        {
            RetryOutcome.Requeued => AdaptiveCardInvokeResponse.Message("Queued again: SecurityBot tries to deliver it now."),
            RetryOutcome.AlreadyQueued => AdaptiveCardInvokeResponse.Message("It is already queued again; nothing more was done."),
            RetryOutcome.AlreadyDelivered => AdaptiveCardInvokeResponse.Message("It has been delivered since; nothing was done."),
            _ => AdaptiveCardInvokeResponse.Error(404, "NotFound", "There is no undelivered message with that id; nothing was done."),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retry of outbox row {OutboxId} from admin deliveries: {Outcome}")]
    private static partial void LogRetry(ILogger logger, Guid outboxId, RetryOutcome outcome);
}
