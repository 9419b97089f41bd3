using SecurityBot.Platform.Conversations;

namespace SecurityBot.Platform.Notifications;

/// <summary>Where one send goes; <paramref name="Reference"/> is set when it is a person's stored conversation.</summary>
internal sealed record DeliveryTarget(string ServiceUrl, string ConversationId, ConversationReferenceRecord? Reference);
