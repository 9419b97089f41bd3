namespace SecurityBot.Platform.Chat;

/// <summary>What a notice card tells the user; sets its colour.</summary>
public enum NoticeKind
{
    Info,
    Success,
    Warning,
    Error,
}
