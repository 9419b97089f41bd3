using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;

namespace SecurityBot.IntegrationTests.Integrations;

public sealed class SqliteAlertIntakeTests() : AlertIntakeTests(DatabaseProvider.Sqlite);

public sealed class PostgresAlertIntakeTests() : AlertIntakeTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// POST /api/alerts over real HTTP into the real incidents capability: a signed alert becomes one incident however
/// often (and however concurrently) it is sent; unauthenticated, forged, stale and malformed alerts are refused and
/// store nothing.
/// </summary>
public abstract class AlertIntakeTests(DatabaseProvider provider)
{
    private const string Alert = """
        {"externalId":"SPL-0001","title":"Impossible travel for j.doe","description":"Sign-ins from two countries within 5 minutes",
         "severity":"sev1","category":"account-compromise","indicators":["203.0.113.7","evil-login.example"],
         "detectedAt":"2026-03-02T09:55:00Z","link":"https://splunk.example/alerts/SPL-0001"}
        """;

    [Fact]
    public async Task Post_NewSignedAlert_201WithTheIncidentRaisedFromTheSiem()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);

        using var response = await server.PostSignedAsync(Alert);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        answer.RootElement.GetProperty("created").GetBoolean().Should().BeTrue();
        var number = answer.RootElement.GetProperty("incident").GetString()!;
        var incident = await server.InScopeAsync(sp => sp.GetRequiredService<IIncidentActions>().FindAsync(number, CancellationToken.None));
        incident.Should().NotBeNull();
        incident!.Source.Should().Be(IncidentSource.Siem);
        incident.SourceSystem.Should().Be(AlertTestServer.HmacSource);
        incident.ExternalId.Should().Be("SPL-0001");
        incident.Severity.Should().Be(IncidentSeverity.Critical, "the source's SeverityMap maps \"sev1\" to Critical");
        server.Logs.Entries.Where(e => e.Level >= LogLevel.Information)
            .Should().NotContain(e => e.Message.Contains("j.doe", StringComparison.Ordinal), "the sender's text is not logged at Information");
    }

    [Fact]
    public async Task Post_SameAlert50TimesConcurrently_OneIncidentOne201AndTheRest200WithTheSameNumber()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => server.PostSignedAsync(Alert)));
        var answers = await Task.WhenAll(responses.Select(async r => (r.StatusCode, Body: JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement)));
        foreach (var r in responses)
        {
            r.Dispose();
        }

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).Should().Be(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(49);
        answers.Select(a => a.Body.GetProperty("incident").GetString()).Distinct().Should().ContainSingle();
        answers.Where(a => a.StatusCode == HttpStatusCode.OK).Should().OnlyContain(a => !a.Body.GetProperty("created").GetBoolean());
        (await server.CountAsync<Incident>()).Should().Be(1);
    }

    public static TheoryData<string> RefusedAuthentications => ["none", "forged", "wrong-secret", "stale", "future", "unknown-source", "bad-bearer"];

    [Theory]
    [MemberData(nameof(RefusedAuthentications))]
    public async Task Post_NotAuthenticated_401WithoutDetailAndNothingStored(string how)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);
        var now = server.Clock.GetUtcNow();

        using var response = how switch
        {
            "none" => await server.PostAsync(Encoding.UTF8.GetBytes(Alert), new Dictionary<string, string>()),
            "forged" => await server.PostAsync(Encoding.UTF8.GetBytes(Alert), new Dictionary<string, string>
            {
                ["X-SecurityBot-Source"] = AlertTestServer.HmacSource,
                ["X-SecurityBot-Timestamp"] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["X-SecurityBot-Signature"] = "v1=" + new string('a', 64),
            }),
            "wrong-secret" => await server.PostSignedAsync(Alert, secret: "another-secret-0123456789abcdefghijklmnopqrstu"),
            "stale" => await server.PostSignedAsync(Alert, at: now - TimeSpan.FromMinutes(6)),
            "future" => await server.PostSignedAsync(Alert, at: now + TimeSpan.FromMinutes(6)),
            "unknown-source" => await server.PostSignedAsync(Alert, source: "qradar"),
            _ => await server.PostAsync(Encoding.UTF8.GetBytes(Alert), new Dictionary<string, string> { ["Authorization"] = "Bearer not.a.token" }),
        };

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("could not be authenticated").And.NotContainAny("signature", "timestamp", "secret", "source");
        (await server.CountAsync<Incident>()).Should().Be(0);
    }

    [Fact]
    public async Task Post_SignedAlertTamperedAfterSigning_401AndNothingStored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);
        var now = server.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var signed = await server.PostSignedAsync(Alert);
        (await server.CountAsync<Incident>()).Should().Be(1, "the untampered alert is accepted");

        var tampered = Alert.Replace("SPL-0001", "SPL-0002", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>
        {
            ["X-SecurityBot-Source"] = AlertTestServer.HmacSource,
            ["X-SecurityBot-Timestamp"] = now,
            ["X-SecurityBot-Signature"] = signed.RequestMessage!.Headers.GetValues("X-SecurityBot-Signature").Single(),
        };
        using var response = await server.PostAsync(Encoding.UTF8.GetBytes(tampered), headers);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await server.CountAsync<Incident>()).Should().Be(1);
    }

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { "{not json", ["body"] },
        { "[1,2]", ["body"] },
        { "{}", ["externalId", "title", "severity"] },
        { """{"externalId":42,"title":"","severity":"apocalyptic"}""", ["externalId", "title", "severity"] },
        { """{"externalId":"X-1","title":"T","severity":"high","indicators":"1.2.3.4","detectedAt":"yesterday","link":"http://siem.example/1"}""", ["indicators", "detectedAt", "link"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_400ProblemWithAnErrorPerFieldAndNothingStored(string json, string[] fields)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);

        using var response = await server.PostSignedAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(fields);
        (await server.CountAsync<Incident>()).Should().Be(0);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_413AndNothingStored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await AlertTestServer.StartAsync(database);
        var huge = Alert.Replace("Sign-ins from two countries", new string('x', 70_000), StringComparison.Ordinal);

        using var response = await server.PostSignedAsync(huge);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await server.CountAsync<Incident>()).Should().Be(0);
    }
}
