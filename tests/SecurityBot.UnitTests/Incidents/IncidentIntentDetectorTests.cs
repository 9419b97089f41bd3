using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IncidentIntentDetectorTests
{
    [Theory]
    [InlineData("I got an email asking for my password", IncidentCategory.Phishing)]
    [InlineData("my laptop was stolen at the train station", IncidentCategory.LostOrStolenDevice)]
    [InlineData("I lost my phone", IncidentCategory.LostOrStolenDevice)]
    [InlineData("a weird pop-up says I have a virus", IncidentCategory.Malware)]
    [InlineData("all my files are encrypted and there is a ransom note", IncidentCategory.Ransomware)]
    [InlineData("I sent the customer list to the wrong person by mistake", IncidentCategory.DataBreach)]
    [InlineData("I keep getting MFA prompts I did not ask for, suspicious login from Brazil", IncidentCategory.AccountCompromise)]
    [InlineData("someone called me pretending to be IT support", IncidentCategory.SocialEngineering)]
    public void Detect_IncidentText_CategoryAndAboveThreshold(string text, IncidentCategory expected)
    {
        var intent = IncidentIntentDetector.Detect(text);

        intent.Category.Should().Be(expected);
        intent.LooksLikeIncident.Should().BeTrue($"confidence was {intent.Confidence}");
        intent.Understood.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("what is the password policy?")]
    [InlineData("thanks for the help")]
    [InlineData("")]
    public void Detect_OrdinaryChat_NotAnIncident(string text)
    {
        IncidentIntentDetector.Detect(text).LooksLikeIncident.Should().BeFalse();
    }

    [Fact]
    public void Detect_IClickedIt_SetsClickedAndSaysSo()
    {
        var intent = IncidentIntentDetector.Detect("Phishing mail from ceo@evil.example, I clicked the link hxxps://evil[.]example/a");

        intent.Clicked.Should().BeTrue();
        intent.Understood.Should().Contain("you clicked, opened or entered something");
        intent.Indicators.Should().Contain(new Indicator(IndicatorKind.Email, "ceo@evil.example"));
        intent.Confidence.Should().BeLessThanOrEqualTo(1.0);
    }
}
