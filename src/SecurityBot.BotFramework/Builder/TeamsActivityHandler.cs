using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Adds the Teams events (members added with team info, message extension queries) to <see cref="ActivityHandler"/>.</summary>
public class TeamsActivityHandler : ActivityHandler
{
    public const string MessagingExtensionQueryInvoke = "composeExtension/query";

    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ChannelId != Channels.Msteams)
        {
            return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }

        var added = turnContext.Activity.MembersAdded;
        if (added is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }

        var members = added.Select(m => m as TeamsChannelAccount ?? BotJson.Convert<TeamsChannelAccount>(m) ?? new TeamsChannelAccount { Id = m.Id, Name = m.Name, AadObjectId = m.AadObjectId }).ToList();
        return OnTeamsMembersAddedAsync(members, turnContext.Activity.GetTeamsChannelData()?.Team, turnContext, cancellationToken);
    }

    protected virtual Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? teamInfo, ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded.Cast<ChannelAccount>().ToList(), turnContext, cancellationToken);

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Name == MessagingExtensionQueryInvoke)
        {
            var query = turnContext.Activity.GetValue<MessagingExtensionQuery>();
            if (query is null || string.IsNullOrWhiteSpace(query.CommandId))
            {
                return Error(400, "BadRequest", "The composeExtension/query invoke has no commandId.");
            }

            var response = await OnTeamsMessagingExtensionQueryAsync(turnContext, query, cancellationToken);
            return response is null ? NotImplemented($"{MessagingExtensionQueryInvoke} {query.CommandId}") : new InvokeResponse { Status = 200, Body = response };
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>Returns null when the command is unknown (answered 501).</summary>
    protected virtual Task<MessagingExtensionResponse?> OnTeamsMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionResponse?>(null);
}
