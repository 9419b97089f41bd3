using SecurityBot.BotFramework.Connector;

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
    [InlineData("https://smba.trafficmanager.net/amer/", "https://SMBA.trafficmanager.net:443/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/AMER/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://user:pw@smba.trafficmanager.net/amer/", false)]
    public void AreSame_ClaimAndActivityServiceUrl_OneNormalisationForValidationTrustAndSending(string claimed, string activity, bool expected)
    {
        ServiceUrl.AreSame(claimed, activity).Should().Be(expected);
    }
}
