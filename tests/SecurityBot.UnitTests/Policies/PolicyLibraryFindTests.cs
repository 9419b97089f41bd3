namespace SecurityBot.UnitTests.Policies;

public class PolicyLibraryFindTests
{
    [Theory]
    [InlineData("passwords", "passwords")]
    [InlineData("PASSWORDS", "passwords")]
    [InlineData("password", "passwords")]
    [InlineData("mfa", "passwords")]
    [InlineData("usb", "removable-media")]
    [InlineData("Email and Phishing Policy", "email-phishing")]
    [InlineData("clean desk", "clean-desk")]
    [InlineData("third-party", "third-party")]
    [InlineData("vendor", "third-party")]
    public void Find_IdTitleOrTag_ResolvesThePolicy(string name, string expectedId)
    {
        StarterLibrary.Instance.Find(name)!.Id.Should().Be(expectedId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("quokka")]
    [InlineData("policy")]
    public void Find_UnknownOrEmptyName_ReturnsNull(string name)
    {
        StarterLibrary.Instance.Find(name).Should().BeNull();
    }
}
