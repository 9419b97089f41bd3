using System.Globalization;
using System.Text.Json.Nodes;
using SecurityBot.Cards;

namespace SecurityBot.Platform.Deliveries;

/// <summary>
/// The <c>admin deliveries</c> card: people SecurityBot cannot reach (name, since when, reason category) and messages
/// it dead-lettered or gave up on (recipient, entity, when, attempts), each with a Retry whose data names only the
/// outbox row. Names and entity ids are escaped (they come from the directory and capabilities); no message text and
/// no raw connector answer is shown.
/// </summary>
internal static class DeliveriesCard
{
    public const string RetryVerb = "admin.deliveries.retry";

    /// <param name="view">What to list.</param>
    /// <param name="reader">How the asker sees times (the card is always answered in their 1:1 chat).</param>
    public static AdaptiveCard Create(DeliveriesView view, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(reader);
        var card = new AdaptiveCard { FallbackText = "Deliveries: people SecurityBot cannot reach and messages it could not deliver" };
        card.Body.Add(TextBlock.Heading("Deliveries"));
        card.Body.Add(new TextBlock("People SecurityBot cannot reach") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (view.Unreachable.Count == 0)
        {
            card.Body.Add(new TextBlock("Nobody: every person SecurityBot wrote to could be reached.") { Wrap = true, IsSubtle = true });
        }

        foreach (var person in view.Unreachable)
        {
            var since = person.Since is { } at ? $"since {reader.At(at)}" : "since an unknown time";
            card.Body.Add(TextBlock.FromUserText($"{person.Name} — {since} — {person.Reason}", 400));
        }

        More(card, view.MoreUnreachable);
        card.Body.Add(new TextBlock("Messages not delivered") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        if (view.Failed.Count == 0)
        {
            card.Body.Add(new TextBlock("None: no message is dead-lettered.") { Wrap = true, IsSubtle = true });
        }

        foreach (var failed in view.Failed)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"To {failed.Recipient} about {failed.Entity ?? "nothing in particular"} — queued {reader.At(failed.QueuedAt)} — {failed.Attempts} attempt(s)");
            card.Body.Add(new Container(
                TextBlock.FromUserText(line, 500),
                new ActionSet(new ExecuteAction("Retry", RetryVerb, new JsonObject { ["id"] = failed.Id.ToString("N") }) { AssociatedInputs = AssociatedInputs.None }))
            {
                Separator = true,
            });
        }

        More(card, view.MoreFailed);
        card.Body.Add(new TextBlock("A person becomes reachable again when they write to SecurityBot; Retry queues a message again now.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return card;
    }

    private static void More(AdaptiveCard card, int more)
    {
        if (more > 0)
        {
            card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture, $"… and {more} more.")) { IsSubtle = true });
        }
    }
}
