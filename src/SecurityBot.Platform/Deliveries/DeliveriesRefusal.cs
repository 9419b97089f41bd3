using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Platform.Deliveries;

/// <summary>The one answer to anyone outside the security roles, for the command and for a Retry press alike.</summary>
internal static class DeliveriesRefusal
{
    public const string Title = "Delivery administration is not available to you";

    public const string Message = "Deliveries are administered by the security team, the security lead and the CSO.";

    public static AdaptiveCard Card() => NoticeCard.Error(Title, Message, "If someone cannot be reached by SecurityBot, tell the security team.");
}
