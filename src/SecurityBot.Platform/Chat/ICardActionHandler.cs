using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Answers Action.Execute verbs of one feature ("incident.acknowledge", "risk.approve", ...). The response is
/// returned synchronously in the invoke's HTTP body: usually the updated card for the person who pressed, or an
/// error with a clear message. Register with <c>services.AddCardActionHandler&lt;T&gt;()</c>.
/// </summary>
public interface ICardActionHandler
{
    /// <summary>The verbs this handler answers (exact, case-sensitive).</summary>
    IReadOnlyCollection<string> Verbs { get; }

    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken);
}
