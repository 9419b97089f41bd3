using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Conversation;

public sealed class ConversationCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Conversation/help", HelpCard.Create());
        yield return ("Conversation/welcome", WelcomeCard.Create("Grace Hopper"));
        yield return ("Conversation/welcome-team", WelcomeCard.Create(null));
        var german = ChatLanguage.For(CultureInfo.GetCultureInfo("de-DE"));
        yield return ("Conversation/de/help", HelpCard.Create(null, german));
        yield return ("Conversation/de/welcome", WelcomeCard.Create("Lena Fischer", null, german));
        yield return ("Conversation/de/unknown", UnknownCommandCard.Create("wie spät ist es", CommandHelp.Defaults, german));
        yield return ("Conversation/welcome-hostile-name", WelcomeCard.Create("**Eve** <at>CEO</at> [x](https://evil.example)"));
        yield return ("Conversation/notice-error", NoticeCard.Error("I couldn't find that incident", "There is no incident called 'INC-404'.", "Type status to see your incidents."));
        yield return ("Conversation/notice-warning", NoticeCard.Warning("Already acknowledged", "Ada Lovelace acknowledged INC-7 at 10:42."));
        yield return ("Conversation/notice-info", NoticeCard.Info("Working on it", "The policy index is being rebuilt; try again in a minute."));
        yield return ("Conversation/notice-success", NoticeCard.Create(NoticeKind.Success, "Report received", "INC-8 was created and the security team was notified.", null, SubmitAction.MessageBack("My incidents", "status")));
    }
}
