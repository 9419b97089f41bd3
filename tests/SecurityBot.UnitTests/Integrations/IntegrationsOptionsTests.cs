using SecurityBot.Integrations.Domain;

namespace SecurityBot.UnitTests.Integrations;

public sealed class IntegrationsOptionsTests
{
    private const string Secret = "whsec-test-0123456789abcdefghijklmnopqrstuvwxyz";

    private static WebhookOptions Webhooks(Action<WebhookEndpointOptions> change)
    {
        var endpoint = new WebhookEndpointOptions { Url = new Uri("https://hooks.example.com/securitybot"), Secret = Secret };
        change(endpoint);
        return new WebhookOptions { Endpoints = { ["servicenow"] = endpoint } };
    }

    [Fact]
    public void ValidateWebhooks_HttpsEndpointWithLongSecretAndKnownFilters_Succeeds() =>
        new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Events = ["incident.*", "risk.expired"])).Succeeded.Should().BeTrue();

    [Fact]
    public void ValidateWebhooks_HttpToLoopback_Succeeds() =>
        new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Url = new Uri("http://127.0.0.1:8080/hook"))).Succeeded.Should().BeTrue();

    [Theory]
    [InlineData("http://hooks.example.com/securitybot", "Url")]
    [InlineData("ftp://hooks.example.com/securitybot", "Url")]
    public void ValidateWebhooks_NotHttps_FailsNamingTheKey(string url, string key)
    {
        var result = new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Url = new Uri(url)));

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain($"Integrations:Webhooks:Endpoints:servicenow:{key}");
    }

    [Fact]
    public void ValidateWebhooks_ShortSecret_FailsWithoutShowingIt()
    {
        var result = new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Secret = "short-secret"));

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("Secret").And.NotContain("short-secret");
    }

    [Fact]
    public void ValidateWebhooks_MissingUrl_Fails() =>
        new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Url = null)).Failed.Should().BeTrue();

    [Fact]
    public void ValidateWebhooks_UnknownEventFilter_FailsNamingIt()
    {
        var result = new WebhookOptionsValidator().Validate(null, Webhooks(e => e.Events = ["incident.closed"]));

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("incident.closed");
    }

    [Theory]
    [InlineData("incident.created", "incident.created", true)]
    [InlineData("incident.*", "incident.escalated", true)]
    [InlineData("*", "risk.expired", true)]
    [InlineData("risk.*", "incident.created", false)]
    [InlineData("incident.resolved", "incident.updated", false)]
    public void Wants_Filter_SelectsMatchingTypes(string filter, string type, bool wanted) =>
        new WebhookEndpointOptions { Events = [filter] }.Wants(type).Should().Be(wanted);

    [Fact]
    public void Wants_Disabled_Nothing() =>
        new WebhookEndpointOptions { Enabled = false }.Wants("incident.created").Should().BeFalse();

    [Fact]
    public void ValidateAlerts_HmacSourceWithShortSecret_Fails()
    {
        var options = new AlertOptions { Sources = { ["splunk"] = new AlertSourceOptions { Auth = AlertAuthKind.Hmac, Secret = "short" } } };

        new AlertOptionsValidator().Validate(null, options).FailureMessage.Should().Contain("Integrations:Alerts:Sources:splunk:Secret").And.NotContain("short\"");
    }

    [Fact]
    public void ValidateAlerts_EntraSourceWithoutAppIdsOrIssuer_FailsOnBoth()
    {
        var options = new AlertOptions { Sources = { ["sentinel"] = new AlertSourceOptions { Auth = AlertAuthKind.Entra } } };

        var result = new AlertOptionsValidator().Validate(null, options);

        result.Failures.Should().HaveCount(2);
        result.FailureMessage.Should().Contain("AllowedAppIds").And.Contain("TenantId");
    }

    [Fact]
    public void ValidateAlerts_EntraSourceFullyConfigured_Succeeds()
    {
        var options = new AlertOptions
        {
            Entra = new AlertEntraOptions { TenantId = "11111111-2222-3333-4444-555555555555", Audiences = ["api://securitybot-alerts"] },
            Sources = { ["sentinel"] = new AlertSourceOptions { Auth = AlertAuthKind.Entra, AllowedAppIds = ["9b1c1c7e-0000-4000-8000-000000000001"] } },
        };

        new AlertOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
        options.Entra.Metadata!.AbsoluteUri.Should().Be("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0/.well-known/openid-configuration");
    }

    [Theory]
    [InlineData("Splunk")]
    [InlineData("splunk prod")]
    [InlineData("")]
    public void ValidateAlerts_BadSourceName_Fails(string name)
    {
        var options = new AlertOptions { Sources = { [name] = new AlertSourceOptions { Secret = Secret } } };

        new AlertOptionsValidator().Validate(null, options).Failed.Should().BeTrue();
    }

    [Theory]
    [InlineData("Informational", Platform.Routing.IncidentSeverity.Low)]
    [InlineData("HIGH", Platform.Routing.IncidentSeverity.High)]
    [InlineData("sev1", Platform.Routing.IncidentSeverity.Critical)]
    [InlineData("low", Platform.Routing.IncidentSeverity.Medium)]
    public void MapSeverity_SourceMapOverDefaults_Maps(string word, Platform.Routing.IncidentSeverity expected)
    {
        var source = new AlertSourceOptions
        {
            SeverityMap = { ["sev1"] = Platform.Routing.IncidentSeverity.Critical, ["LOW"] = Platform.Routing.IncidentSeverity.Medium },
        };

        source.MapSeverity(word).Should().Be(expected);
    }

    [Fact]
    public void MapSeverity_UnknownWord_Null() => new AlertSourceOptions().MapSeverity("apocalyptic").Should().BeNull();
}
