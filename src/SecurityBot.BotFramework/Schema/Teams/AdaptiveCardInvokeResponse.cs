namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Body of the adaptiveCard/action invoke response: {statusCode, type, value}.</summary>
public class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; init; }

    public required string Type { get; init; }

    public object? Value { get; init; }

    public static AdaptiveCardInvokeResponse Card(object card) => new() { StatusCode = 200, Type = AdaptiveCardContentTypes.Card, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = AdaptiveCardContentTypes.Message, Value = text };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = AdaptiveCardContentTypes.Error, Value = new InvokeError(code, message) };

}
