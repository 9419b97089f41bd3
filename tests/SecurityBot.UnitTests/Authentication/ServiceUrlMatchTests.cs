using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.UnitTests.Authentication;

public sealed class ServiceUrlMatchTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/x", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "http://smba.trafficmanager.net/amer/", false)]
    public void SameServiceUrl_Compared_ExactIgnoringTrailingSlash(string claimed, string activity, bool expected)
    {
        ChannelTokenValidator.SameServiceUrl(claimed, activity).Should().Be(expected);
    }
}
