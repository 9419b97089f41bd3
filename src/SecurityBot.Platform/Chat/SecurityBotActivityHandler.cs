using Microsoft.Extensions.Logging;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Logging;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// The bot: routes text to commands (help built in), free text to the features that recognise it, card actions
/// to their feature by verb, compose-box queries and message actions to the message extension, file consent presses to the file offers, files sent to the capability that keeps them;
/// welcomes new users once. Every message gets an answer.
/// </summary>
public sealed partial class SecurityBotActivityHandler(
    IServiceProvider services,
    HandlerDirectory handlers,
    CommandCatalog catalog,
    ILogger<SecurityBotActivityHandler> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.RemoveRecipientMention();
        var files = IncomingFile.From(turnContext.Activity);
        if (files.Count > 0 && handlers.FileHandler is { } fileHandlerType && Actor.From(turnContext.Activity) is { } sender)
        {
            var fileHandler = (IIncomingFileHandler)services.GetRequiredService(fileHandlerType);
            await fileHandler.HandleAsync(new ChatCommandContext(turnContext, sender, string.Empty, text?.Trim() ?? string.Empty), files, cancellationToken);
            return;
        }

        var (verb, arguments) = CommandLine.Parse(text);
        if (verb.Length == 0 && IncomingFile.HasInlineImages(turnContext.Activity))
        {
            await turnContext.SendCardAsync(NoticeCard.Info("Attach it as a file", "I cannot read pictures pasted into a message.",
                "Save the screenshot and attach it with the paperclip (Attach file), with your report's number in the message."), cancellationToken);
            return;
        }

        if (verb.Length == 0)
        {
            // An attachment or a legacy Action.Submit with no text: point to what works instead of staying silent.
            await turnContext.SendCardAsync(NoticeCard.Info("Nothing to do", "I only understand text commands here.", "Type help to see them."), cancellationToken);
            return;
        }

        if (verb == "help")
        {
            await turnContext.SendCardAsync(catalog.HelpReplyIn(CultureOf(turnContext)), cancellationToken);
            return;
        }

        var actor = Actor.From(turnContext.Activity);
        if (actor is null)
        {
            await turnContext.SendCardAsync(NoticeCard.Error("Who are you?", "Teams did not tell me who sent this message, so I cannot act on it."), cancellationToken);
            return;
        }

        // A two-word verb ("policy campaign") belongs to its own capability, before the one-word verb ("policy").
        var (second, rest) = CommandLine.Parse(arguments);
        if (second.Length > 0 && handlers.CommandFor(verb + " " + second) is { } pairType)
        {
            var command = (IChatCommand)services.GetRequiredService(pairType);
            await command.HandleAsync(new ChatCommandContext(turnContext, actor, verb + " " + second, rest), cancellationToken);
            return;
        }

        if (handlers.CommandFor(verb) is { } commandType)
        {
            var command = (IChatCommand)services.GetRequiredService(commandType);
            await command.HandleAsync(new ChatCommandContext(turnContext, actor, verb, arguments), cancellationToken);
            return;
        }

        var context = new ChatCommandContext(turnContext, actor, verb, text ?? string.Empty);
        foreach (var handlerType in handlers.FreeTextHandlers)
        {
            var handler = (IFreeTextHandler)services.GetRequiredService(handlerType);
            if (await handler.TryHandleAsync(context, cancellationToken))
            {
                return;
            }
        }

        await turnContext.SendCardAsync(UnknownCommandCard.Create(text ?? string.Empty, catalog.Help, ChatLanguage.For(CultureOf(turnContext))), cancellationToken);
    }

    // The language of the answer to this turn, with no lookup ("help" is the busiest turn): in a 1:1 chat the locale
    // this activity carries (Teams sends it on every message), else — and where others read the answer — the
    // organisation's.
    private System.Globalization.CultureInfo CultureOf(ITurnContext turn) =>
        string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        && RegionReader.Read(turn.Activity)?.Locale is { } locale
            ? System.Globalization.CultureInfo.GetCultureInfo(locale)
            : services.GetService<IOptions<RegionalOptions>>()?.Value.OrganisationCulture() ?? ChatLanguage.English.Culture;

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var verb = invokeValue.Action!.Verb!;
        var actor = Actor.From(turnContext.Activity);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Error(401, "Unauthenticated", "Teams did not say who pressed the button.");
        }

        if (handlers.CardActionHandlerFor(verb) is not { } handlerType)
        {
            LogUnknownVerb(logger, UntrustedLogValue.Of(verb));
            return AdaptiveCardInvokeResponse.Error(400, "UnknownAction", "This card action is not known to SecurityBot (the card may be out of date).");
        }

        var data = invokeValue.Action.Data is JsonElement element ? element : JsonSerializer.SerializeToElement(invokeValue.Action.Data, BotJson.Options);
        var handler = (ICardActionHandler)services.GetRequiredService(handlerType);
        return await handler.HandleAsync(new CardActionContext(turnContext, actor, verb, new CardActionData(data), invokeValue.Trigger), cancellationToken);
    }

    protected override async Task<MessagingExtensionResponse?> OnTeamsMessagingExtensionQueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        var handlerType = handlers.QueryHandlerFor(query.CommandId!);
        var actor = Actor.From(turnContext.Activity);
        if (handlerType is null || actor is null)
        {
            return null;
        }

        var handler = (IMessagingExtensionQueryHandler)services.GetRequiredService(handlerType);
        return await handler.HandleAsync(turnContext, actor, query, cancellationToken);
    }

    protected override Task<MessagingExtensionActionResponse?> OnTeamsMessagingExtensionFetchTaskAsync(ITurnContext turnContext, MessagingExtensionAction action,
        CancellationToken cancellationToken) =>
        ActionAsync(turnContext, action, (handler, actor) => handler.FetchTaskAsync(turnContext, actor, action, cancellationToken));

    protected override Task<MessagingExtensionActionResponse?> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action,
        CancellationToken cancellationToken) =>
        ActionAsync(turnContext, action, (handler, actor) => handler.SubmitAsync(turnContext, actor, action, cancellationToken));

    private async Task<MessagingExtensionActionResponse?> ActionAsync(ITurnContext turnContext, MessagingExtensionAction action,
        Func<IMessagingExtensionActionHandler, Actor, Task<MessagingExtensionActionResponse>> run)
    {
        if (handlers.ActionHandlerFor(action.CommandId!) is not { } handlerType)
        {
            return null;
        }

        if (Actor.From(turnContext.Activity) is not { } actor)
        {
            return MessagingExtensionActionResponse.Message("Teams did not say who you are, so SecurityBot cannot act on this.");
        }

        return await run((IMessagingExtensionActionHandler)services.GetRequiredService(handlerType), actor);
    }

    protected override Task<InvokeResponse> OnTeamsFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        services.GetService<FileConsentHandler>() is { } handler
            ? handler.HandleAsync(turnContext, response, cancellationToken)
            : base.OnTeamsFileConsentAsync(turnContext, response, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    protected override async Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? teamInfo, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Only the bot's own arrival matters: people joining a team are not greeted by a security bot.
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var key = personal
            ? "user:" + (activity.From?.AadObjectId ?? activity.From?.Id ?? activity.Conversation!.Id)
            : "conversation:" + activity.Conversation!.Id;
        // Resolved only when someone is welcomed: it brings a DbContext most turns never need.
        return services.GetRequiredService<WelcomeSender>().WelcomeAsync(turnContext, key, personal ? activity.From?.Name : null, cancellationToken);
    }

    // The verb is whatever the card (or a forged payload) said: Debug only, through UntrustedLogValue.
    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler for card action verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
