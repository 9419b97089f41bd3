using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SecurityBot.Platform.Audit;

namespace SecurityBot.UnitTests.Audit;

public sealed class AuditOptionsValidatorTests
{
    private static readonly string GoodKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Validate_NoKeyOutsideDevelopment_FailsNamingTheSetting(string environment)
    {
        var result = Validate(environment, new AuditOptions());

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("Audit:Key").And.Contain("secret store");
    }

    [Fact]
    public void Validate_NoKeyInDevelopment_SignsWithTheDevelopmentKey()
    {
        Validate(Environments.Development, new AuditOptions()).Succeeded.Should().BeTrue();

        AuditKeys.Create(new AuditOptions(), Env(Environments.Development)).Current.Id.Should().Be(AuditKeys.DevelopmentKeyId);
    }

    [Fact]
    public void Validate_KeyShorterThan32Bytes_Fails()
    {
        var options = new AuditOptions { KeyId = "k1", Key = Convert.ToBase64String(new byte[16]) };

        Validate("Production", options).FailureMessage.Should().Contain("Audit:Key must be base64 of at least 32");
    }

    [Fact]
    public void Validate_KeyNotBase64_FailsWithoutEchoingIt()
    {
        var options = new AuditOptions { KeyId = "k1", Key = "not base64 at all, a passphrase!!" };

        var result = Validate("Production", options);

        result.FailureMessage.Should().Contain("Audit:Key").And.NotContain("passphrase");
    }

    [Theory]
    [InlineData("2026-06", true)]
    [InlineData(AuditKeys.DevelopmentKeyId, false)]
    public void Validate_DevelopmentKeyAmongRetiredKeysInProduction_Fails(string id, bool publishedValue)
    {
        var retired = publishedValue ? AuditKeys.DevelopmentKeyBase64 : Convert.ToBase64String(new byte[48]);
        var options = new AuditOptions { KeyId = "2026-12", Key = GoodKey, RetiredKeys = { [id] = retired } };

        Validate("Production", options).FailureMessage.Should().Contain("development key");
        Validate(Environments.Development, options).Succeeded.Should().BeTrue("Development may keep its own published key");
    }

    [Fact]
    public void Validate_DevelopmentKeyInProduction_Fails()
    {
        var options = new AuditOptions { KeyId = "k1", Key = AuditKeys.DevelopmentKeyBase64 };

        Validate("Production", options).FailureMessage.Should().Contain("development key");
    }

    [Fact]
    public void Validate_KeyWithoutKeyId_Fails()
    {
        Validate("Production", new AuditOptions { Key = GoodKey }).FailureMessage.Should().Contain("Audit:KeyId");
    }

    [Fact]
    public void Validate_RealKeyAndRetiredKey_SucceedsAndBothVerify()
    {
        var options = new AuditOptions { KeyId = "2026-12", Key = GoodKey, RetiredKeys = { ["2026-06"] = Convert.ToBase64String(new byte[48]) } };

        Validate("Production", options).Succeeded.Should().BeTrue();
        var ring = AuditKeys.Create(options, Env("Production"));
        ring.Current.Id.Should().Be("2026-12");
        ring.TryFind("2026-06", out _).Should().BeTrue();
        ring.TryFind(AuditKeys.DevelopmentKeyId, out _).Should().BeFalse();
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, AuditOptions options) =>
        new AuditOptionsValidator(Env(environment)).Validate(null, options);

    private static HostingEnvironment Env(string name) => new() { EnvironmentName = name };
}
