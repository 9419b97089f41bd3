using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Adds the Teams events (members added with team info, message extension queries and actions, file consent) to <see cref="ActivityHandler"/>.</summary>
public class TeamsActivityHandler : ActivityHandler
{
    public const string MessagingExtensionQueryInvoke = "composeExtension/query";
    public const string FileConsentInvoke = "fileConsent/invoke";
    public const string FetchTaskInvoke = "composeExtension/fetchTask";
    public const string SubmitActionInvoke = "composeExtension/submitAction";

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

        if (turnContext.Activity.Name is FetchTaskInvoke or SubmitActionInvoke)
        {
            var action = turnContext.Activity.GetValue<MessagingExtensionAction>();
            if (action is null || string.IsNullOrWhiteSpace(action.CommandId))
            {
                return Error(400, "BadRequest", $"The {turnContext.Activity.Name} invoke has no commandId.");
            }

            var answer = turnContext.Activity.Name == FetchTaskInvoke
                ? await OnTeamsMessagingExtensionFetchTaskAsync(turnContext, action, cancellationToken)
                : await OnTeamsMessagingExtensionSubmitActionAsync(turnContext, action, cancellationToken);
            return answer is null ? NotImplemented($"{turnContext.Activity.Name} {action.CommandId}") : new InvokeResponse { Status = 200, Body = answer };
        }

        if (turnContext.Activity.Name == FileConsentInvoke)
        {
            var consent = turnContext.Activity.GetValue<FileConsentCardResponse>();
            var valid = consent?.Action switch
            {
                FileConsentCardResponse.Accept => consent.UploadInfo is { UploadUrl.Length: > 0 },
                FileConsentCardResponse.Decline => true,
                _ => false,
            };
            return valid
                ? await OnTeamsFileConsentAsync(turnContext, consent!, cancellationToken)
                : Error(400, "BadRequest", "The fileConsent/invoke is neither an accept with uploadInfo.uploadUrl nor a decline.");
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>A press on a file consent card (accept carries uploadInfo); the invoke's answer. Unhandled: 501.</summary>
    protected virtual Task<InvokeResponse> OnTeamsFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        Task.FromResult(NotImplemented(FileConsentInvoke));

    /// <summary>An action command opened (e.g. a message action): the task module to show. Null: unknown command (501).</summary>
    protected virtual Task<MessagingExtensionActionResponse?> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionActionResponse?>(null);

    /// <summary>An action command's task module submitted. Null: unknown command (501).</summary>
    protected virtual Task<MessagingExtensionActionResponse?> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionActionResponse?>(null);

    /// <summary>Returns null when the command is unknown (answered 501).</summary>
    protected virtual Task<MessagingExtensionResponse?> OnTeamsMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<MessagingExtensionResponse?>(null);
}
