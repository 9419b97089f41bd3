using System.Text.Json;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Chat;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyActionHandlerTests(ConnectorTurns turns) : IClassFixture<ConnectorTurns>
{
    private readonly PolicyActionHandler _handler = new(PolicyChat.Responder);

    [Fact]
    public void Verbs_AreThePolicyVerbsOnly()
    {
        // risk.request.open belongs to the risk-acceptance feature; answering it here would shadow that handler.
        _handler.Verbs.Should().BeEquivalentTo("policy.open", "policy.search");
    }

    [Fact]
    public async Task Open_PolicyAndSection_ReturnsFullPolicyWithTheSectionEmphasised()
    {
        var response = await Press("policy.open", """{"policyId":"removable-media","section":"2.2","query":"usb"}""");

        response.StatusCode.Should().Be(200);
        response.Type.Should().Be("application/vnd.microsoft.card.adaptive");
        var card = (JsonElement)response.Value!;
        var texts = PolicyChat.Texts(card);
        texts[0].Should().Be("Removable Media Policy");
        texts.Should().Contain(t => t.Contains("Personal USB sticks", StringComparison.Ordinal));
        var emphasised = card.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("style", out var s) && s.GetString() == "emphasis").ToList();
        emphasised.Should().ContainSingle().Which.GetProperty("items")[0].GetProperty("text").GetString().Should().Contain("Personal USB devices");
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        actions.Select(a => a.GetProperty("title").GetString()).Should().Equal("Back to answers", "Request an exception");
        actions[0].GetProperty("data").GetProperty("query").GetString().Should().Be("usb");
        actions[1].GetProperty("data").GetProperty("section").GetString().Should().Be("2.2");
    }

    [Fact]
    public async Task Open_WithoutQuery_HasNoBackButton()
    {
        var response = await Press("policy.open", """{"policyId":"passwords"}""");

        var card = (JsonElement)response.Value!;
        card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Should().Equal("Request an exception");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"policyId":42}""")]
    [InlineData("""{"policyId":""}""")]
    [InlineData("[]")]
    public async Task Open_WithoutPolicyId_IsABadRequest(string data)
    {
        var response = await Press("policy.open", data);

        response.StatusCode.Should().Be(400);
        response.Value.Should().BeOfType<InvokeError>().Which.Code.Should().Be("BadRequest");
    }

    [Fact]
    public async Task Open_PolicyNoLongerInLibrary_KeepsTheCardAndExplains()
    {
        var response = await Press("policy.open", """{"policyId":"retired-policy","section":"1"}""");

        response.StatusCode.Should().Be(200);
        response.Type.Should().Be("application/vnd.microsoft.activity.message");
        ((string)response.Value!).Should().Contain("no longer in the library");
    }

    [Fact]
    public async Task Open_UnknownSection_StillOpensThePolicy()
    {
        var response = await Press("policy.open", """{"policyId":"passwords","section":"99.9"}""");

        PolicyChat.Texts((JsonElement)response.Value!)[0].Should().Be("Passwords and Multi-Factor Authentication Policy");
    }

    [Fact]
    public async Task Search_Query_ReturnsTheAnswersCard()
    {
        var response = await Press("policy.search", """{"query":"password length"}""");

        var texts = PolicyChat.Texts((JsonElement)response.Value!);
        texts[0].Should().Be("What the policies say");
        texts.Should().Contain(t => t.StartsWith("**Passwords and Multi-Factor Authentication Policy** · §2.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_HostileQuery_NeverThrowsAndIsEscaped()
    {
        var response = await Press("policy.search", """{"query":"\"<at>x</at> [a](https://e.example) \\\\ * ( ) OR AND NEAR"}""");

        response.StatusCode.Should().Be(200);
        PolicyChat.Texts((JsonElement)response.Value!).Should().AllSatisfy(t => t.Should().NotContain("<at").And.NotContain("]("));
    }

    private Task<AdaptiveCardInvokeResponse> Press(string verb, string data)
    {
        using var document = JsonDocument.Parse(data);
        var value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data = document.RootElement }, trigger = "manual" });
        var turn = turns.Invoke("adaptiveCard/action", value);
        var context = new CardActionContext(turn, ConnectorTurns.Employee(turn), verb, new CardActionData(document.RootElement.Clone()), "manual");
        return _handler.HandleAsync(context, CancellationToken.None);
    }
}
