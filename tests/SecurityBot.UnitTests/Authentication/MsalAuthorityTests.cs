using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.UnitTests.Authentication;

public sealed class MsalAuthorityTests
{
    [Theory]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/contoso-tenant")]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/botframework.com/", "https://login.microsoftonline.com/contoso-tenant")]
    [InlineData("SingleTenant", "https://login.microsoftonline.us/explicit-tenant", "https://login.microsoftonline.us/explicit-tenant")]
    public void ResolveAuthority_AppType_UsesTheRightTenant(string appType, string loginUrl, string expected)
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = appType, ToChannelFromBotLoginUrl = loginUrl, MicrosoftAppTenantId = "contoso-tenant" };

        MsalAccessTokenProvider.ResolveAuthority(options).Should().Be(expected);
    }
}
