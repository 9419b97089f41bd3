namespace SecurityBot.BotFramework.Schema;

/// <summary>The HTTP response to an invoke activity: status and body.</summary>
public class InvokeResponse
{
    public int Status { get; set; }

    public object? Body { get; set; }
}
