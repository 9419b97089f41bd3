using System.Globalization;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// "Report to security" on any Teams message (manifest command <see cref="Id"/>, context "message"): fetchTask answers
/// with the pre-filled form, submitAction reports it through the same use case as the report form — the message's text,
/// its author as the directory knows them, where it was posted and its link, read again from Teams' payload on submit
/// (the form carries none of it). One incident per person per message however often they submit. The reporter's
/// confirmation card goes to their 1:1 chat with the bot; the task module closes with the number.
/// </summary>
internal sealed partial class ReportMessageAction(IIncidentService incidents, MessageAuthors authors, ITimeDisplays readers, TimeProvider time, ILogger<ReportMessageAction> logger)
    : IMessagingExtensionActionHandler
{
    public const string Id = "reportMessage";

    public string CommandId => Id;

    public async Task<MessagingExtensionActionResponse> FetchTaskAsync(ITurnContext turn, Actor actor, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var text = await LanguageAsync(actor, cancellationToken);
        if (await QuoteAsync(turn, action, cancellationToken) is not { } message)
        {
            return NoMessage(text);
        }

        return Form(MessageReportForm.Create(message, text), text);
    }

    public async Task<MessagingExtensionActionResponse> SubmitAsync(ITurnContext turn, Actor actor, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        var text = await LanguageAsync(actor, cancellationToken);
        if (await QuoteAsync(turn, action, cancellationToken) is not { } message)
        {
            return NoMessage(text);
        }

        var data = new CardActionData(action.Data ?? default);
        var values = new ReportFormValues(
            Category: data.Text("category", 50),
            Description: data.Text("description", MessageReportForm.MaxNoteLength),
            Clicked: string.Equals(data.Toggle("clicked", 10), "true", StringComparison.OrdinalIgnoreCase));
        var note = values.Description?.Trim();
        // The reporter's own words name the incident; without enough of them, the sender does.
        var description = note is { Length: >= IncidentReportDraft.MinDescriptionLength }
            ? note
            : $"Suspicious Teams message from {message.AuthorName}" + (string.IsNullOrEmpty(note) ? string.Empty : ": " + note);
        var request = new ReportIncidentRequest(
            new IncidentActor(actor.AadObjectId, actor.Name ?? "Unknown user"),
            values.Category,
            description,
            message.SentAt is { } sent && sent <= time.GetUtcNow() ? sent.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            AffectedSystem: null,
            Evidence: null,
            data.Toggle("clicked", 10),
            ConfirmationCard: null,
            SubmissionKey: FormSubmissionKey.From("incident.message", turn.Activity.Conversation?.Id, "reported:" + action.MessagePayload?.Id, actor.AadObjectId),
            Origin: ReportOrigin.FromMessage(message));
        var result = await incidents.ReportAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            return Form(MessageReportForm.Create(message, text, values, result.Errors), text);
        }

        LogReportedMessage(logger, result.Incident.DisplayNumber, message.AuthorKind, message.Conversation);
        return MessagingExtensionActionResponse.Message(text.Format(
            result.Repeated ? nameof(IncidentTexts.MessageReport_Repeated) : nameof(IncidentTexts.MessageReport_Reported), result.Incident.DisplayNumber));
    }

    private static MessagingExtensionActionResponse NoMessage(Localizer text) =>
        MessagingExtensionActionResponse.Message(text[nameof(IncidentTexts.MessageReport_NoMessage)]);

    private static MessagingExtensionActionResponse Form(AdaptiveCard card, Localizer text) =>
        MessagingExtensionActionResponse.Continue(text[nameof(IncidentTexts.MessageReport_Submit)], card.ToJsonElement());

    // The task module is the reporter's alone, even in a channel: their own language.
    private async Task<Localizer> LanguageAsync(Actor actor, CancellationToken cancellationToken) =>
        IncidentLanguage.For(await readers.ForAsync(actor?.AadObjectId, cancellationToken));

    private async Task<QuotedMessage?> QuoteAsync(ITurnContext turn, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        if (action.MessagePayload is not { } payload || !string.Equals(action.CommandContext, MessagingExtensionAction.MessageContext, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var (id, name, kind) = await authors.ResolveAsync(payload.From, cancellationToken);
        var conversation = turn.Activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationKind.Channel,
            "groupChat" => ConversationKind.GroupChat,
            _ => ConversationKind.Personal,
        };
        var link = Uri.TryCreate(payload.LinkToMessage, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null;
        var sent = DateTimeOffset.TryParse(payload.CreatedDateTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        return new QuotedMessage(id, name, kind, conversation, link, MessageText.FromTeams(payload.Body?.Content, payload.Body?.ContentType), sent);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A Teams message was reported to security as {Incident} (author {AuthorKind}, posted in {Conversation})")]
    private static partial void LogReportedMessage(ILogger logger, string incident, MessageAuthorKind authorKind, ConversationKind conversation);
}
