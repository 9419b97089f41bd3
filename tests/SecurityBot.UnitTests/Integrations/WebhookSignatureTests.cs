using System.Text;
using SecurityBot.Integrations.Application;

namespace SecurityBot.UnitTests.Integrations;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec-test-0123456789abcdefghijklmnopqrstuvwxyz";
    private const string Timestamp = "1765000000";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"a":1}""");

    [Fact]
    public void Sign_KnownInput_MatchesOpenSsl()
    {
        // printf '%s' '1765000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec-test-0123456789abcdefghijklmnopqrstuvwxyz'
        WebhookSignature.Sign(Secret, Timestamp, Body).Should().Be("v1=ebfe8653f4ee81e43be2c440795c1343aa42bd0e7d9edfe8c0f0868655bf1419");
    }

    [Fact]
    public void Verify_OwnSignature_True() =>
        WebhookSignature.Verify(Secret, Timestamp, Body, WebhookSignature.Sign(Secret, Timestamp, Body)).Should().BeTrue();

    [Fact]
    public void Verify_OneOfSeveralSignatures_TrueForSecretRotation() =>
        WebhookSignature.Verify(Secret, Timestamp, Body, $"v1={new string('0', 64)}, {WebhookSignature.Sign(Secret, Timestamp, Body)}").Should().BeTrue();

    [Theory]
    [InlineData("body")]
    [InlineData("timestamp")]
    [InlineData("secret")]
    [InlineData("scheme")]
    [InlineData("short")]
    [InlineData("not-hex")]
    [InlineData("empty")]
    public void Verify_AnythingChanged_False(string what)
    {
        var signature = WebhookSignature.Sign(Secret, Timestamp, Body);
        var verified = what switch
        {
            "body" => WebhookSignature.Verify(Secret, Timestamp, Encoding.UTF8.GetBytes("""{"a":2}"""), signature),
            "timestamp" => WebhookSignature.Verify(Secret, "1765000001", Body, signature),
            "secret" => WebhookSignature.Verify(Secret + "x", Timestamp, Body, signature),
            "scheme" => WebhookSignature.Verify(Secret, Timestamp, Body, "v2=" + signature[3..]),
            "short" => WebhookSignature.Verify(Secret, Timestamp, Body, signature[..^2]),
            "not-hex" => WebhookSignature.Verify(Secret, Timestamp, Body, "v1=" + new string('z', 64)),
            _ => WebhookSignature.Verify(Secret, Timestamp, Body, string.Empty),
        };

        verified.Should().BeFalse();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    public void IsFresh_OffsetFromNow_TrueOnlyWithinTheTolerance(int offsetSeconds, bool fresh)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_765_000_000);

        WebhookSignature.IsFresh(WebhookSignature.Timestamp(now.AddSeconds(offsetSeconds)), now, TimeSpan.FromMinutes(5)).Should().Be(fresh);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData(" 1765000000")]
    [InlineData("99999999999999999999999")]
    public void IsFresh_NotUnixSeconds_False(string timestamp) =>
        WebhookSignature.IsFresh(timestamp, DateTimeOffset.FromUnixTimeSeconds(1_765_000_000), TimeSpan.FromMinutes(5)).Should().BeFalse();
}
