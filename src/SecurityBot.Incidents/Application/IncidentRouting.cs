using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Sends the incident's card to whoever routing names for its current severity and category (people, and the
/// security channel), in the caller's unit of work: at report time, and again whenever the severity rises — a higher
/// severity may reach more people (manager, lead, CSO), and the idempotency keys skip those already told.
/// </summary>
internal sealed partial class IncidentRouting(IRecipientRouter router, IncidentCardPublisher publisher, IncidentStore store, ILogger<IncidentRouting> logger)
{
    public async Task RouteAsync(Incident incident, ResponderSet responders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var decision = await router.RouteIncidentAsync(new IncidentRoutingRequest(incident.OpenedByPerson ? incident.ReporterId : null, incident.Severity, incident.Category.Key()), cancellationToken);
        // One query for every recipient's zone, not one each: the fan-out runs inside the report's unit of work.
        await publisher.PrepareReadersAsync(decision.Recipients.Select(r => r.User.Id), cancellationToken);
        foreach (var recipient in decision.Recipients)
        {
            await publisher.SendCardAsync(incident, recipient.User.Id, responders, "card", cancellationToken);
        }

        if (decision.ChannelConversationId is { } channel)
        {
            var serviceUrl = await store.Db.Set<ConversationReferenceRecord>()
                .Where(r => r.ConversationId == channel).Select(r => r.ServiceUrl).FirstOrDefaultAsync(cancellationToken);
            if (serviceUrl is null)
            {
                LogChannelUnknown(logger, incident.DisplayNumber);
            }
            else
            {
                await publisher.SendChannelCardAsync(incident, channel, serviceUrl, null, responders, cancellationToken);
            }
        }

        if (!decision.HasRecipients)
        {
            LogNobody(logger, incident.DisplayNumber, string.Join(" ", decision.Notes));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {Incident}: the security channel has no stored conversation reference yet (add the bot to the channel); the channel copy is skipped")]
    private static partial void LogChannelUnknown(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Error, Message = "Incident {Incident} reached nobody: {Notes}")]
    private static partial void LogNobody(ILogger logger, string incident, string notes);
}
