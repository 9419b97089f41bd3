using System.Net;
using System.Net.Http.Headers;
using SecurityBot.Platform.Directory;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Directory;

/// <summary>
/// The audience of an attestation campaign (IDirectory.GetUsersAsync) read from the local fake Graph through the real
/// Graph SDK and MSAL token acquisition, with SecurityBot's directory wiring (caching included).
/// </summary>
public sealed class GraphDirectoryUsersTests
{
    private const string Quoted = "R&D's Lab";

    private static string Id(int i) => $"00000000-0000-4000-8000-{i:D12}";

    private static FakeGraphUser Person(int i, string? department = "Engineering", bool enabled = true, string userType = "Member") =>
        new(Id(i), $"person{i}@contoso.test", $"Person {i}", "Engineer", department, AccountEnabled: enabled, UserType: userType);

    private static List<RecordedRequest> UserListRequests(GraphDirectoryHarness harness) =>
        [.. harness.Graph.Requests.Where(r => r.PathAndQuery.StartsWith("/v1.0/users?", StringComparison.Ordinal))];

    [Fact]
    public async Task GetUsersAsync_EveryoneAcrossThreePages_ReturnsEachEnabledMemberOnceWithTheDefaultFilter()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.PageSize = 100;
        var ids = Enumerable.Range(0, 250).Select(Id).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            harness.Graph.AddUser(Person(i, i % 2 == 0 ? "Engineering" : null));
        }

        var everyone = await harness.Directory.GetUsersAsync(department: null);

        everyone.Select(u => u.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ids, "people with no department are in 'everyone'");
        var pages = UserListRequests(harness);
        pages.Should().HaveCount(3);
        var first = WebUtility.UrlDecode(pages[0].PathAndQuery);
        first.Should().Contain("$filter=accountEnabled eq true and userType eq 'Member'").And.Contain("$top=999")
            .And.Contain("$select=id,userPrincipalName,displayName,jobTitle,department,mail")
            .And.NotContain("$count", "these filters work without the advanced query parameters, which would make the answer only eventually consistent");
        pages.Skip(1).Should().OnlyContain(r => r.PathAndQuery.Contains("$skiptoken=", StringComparison.Ordinal));
        pages.Should().OnlyContain(r => r.Authorization!.StartsWith("Bearer fake-graph-token-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetUsersAsync_DisabledAndGuestAccounts_AreLeftOut()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.AddUser(Person(1, "Finance"));
        harness.Graph.AddUser(Person(2, "Finance", enabled: false));
        harness.Graph.AddUser(Person(3, "Finance", userType: "Guest"));
        harness.Graph.AddUser(Person(4, "Finance", enabled: false, userType: "Guest"));
        harness.Graph.AddUser(Person(5, "Sales"));

        (await harness.Directory.GetUsersAsync(null)).Select(u => u.Id).Should().BeEquivalentTo([Id(1), Id(5)]);
        (await harness.Directory.GetUsersAsync("Finance")).Select(u => u.Id).Should().Equal(Id(1));
    }

    [Fact]
    public async Task GetUsersAsync_DepartmentWithQuoteAndAmpersand_DoublesTheQuoteAndMatchesInAnyCase()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.AddUser(Person(1, Quoted));
        harness.Graph.AddUser(Person(2, Quoted.ToUpperInvariant()));
        harness.Graph.AddUser(Person(3, "R&D"));
        harness.Graph.AddUser(Person(4, "R&D's Lab Annex"));
        harness.Graph.AddUser(Person(5, Quoted, userType: "Guest"));

        var lab = await harness.Directory.GetUsersAsync(Quoted);

        lab.Select(u => u.Id).Should().BeEquivalentTo([Id(1), Id(2)]);
        lab.Should().OnlyContain(u => u.UserPrincipalName.EndsWith("@contoso.test", StringComparison.Ordinal) && u.Department != null);
        WebUtility.UrlDecode(UserListRequests(harness).Should().ContainSingle().Subject.PathAndQuery)
            .Should().Contain("$filter=accountEnabled eq true and userType eq 'Member' and department eq 'R&D''s Lab'");
    }

    [Fact]
    public async Task GetUsersAsync_GraphUnavailableBeyondRetries_ThrowsDirectoryUnavailableAndIsNotCached()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync(new Dictionary<string, string?> { ["Directory:Graph:MaxRetries"] = "1" });
        harness.Graph.AddUser(Person(1, "Finance"));
        harness.Graph.FailRequests(503, count: 5, retryAfterSeconds: 1);

        var lookup = () => harness.Directory.GetUsersAsync("Finance");

        (await lookup.Should().ThrowAsync<DirectoryUnavailableException>()).Which.Message.Should().Contain("Finance");
        UserListRequests(harness).Should().HaveCount(2, "one try and one bounded retry");

        harness.Graph.FailRequests(503, count: 0);
        (await harness.Directory.GetUsersAsync("Finance")).Select(u => u.Id).Should().Equal([Id(1)], "a failure is never cached");
    }

    [Fact]
    public async Task GetUsersAsync_SecondCallForTheDepartmentInAnotherCase_MakesNoGraphRequest()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.AddUser(Person(1, "Finance"));
        harness.Graph.AddUser(Person(2, "Sales"));
        await harness.Directory.GetUsersAsync("Finance");
        harness.Graph.ClearRequests();

        var again = await harness.Directory.GetUsersAsync("FINANCE");

        again.Select(u => u.Id).Should().Equal(Id(1));
        harness.Graph.RequestCount.Should().Be(0);
        (await harness.Directory.GetUsersAsync(null)).Should().HaveCount(2, "everyone is a different audience");
        harness.Graph.RequestCount.Should().Be(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task GetUsersAsync_BlankDepartment_IsRefusedWithoutAskingGraph(string department)
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        var lookup = () => harness.Directory.GetUsersAsync(department);

        await lookup.Should().ThrowAsync<ArgumentException>();
        harness.Graph.RequestCount.Should().Be(0);
    }

    [Theory]
    [InlineData("accountEnabled ne false", null, HttpStatusCode.BadRequest)]
    [InlineData("accountEnabled ne false", "eventual", HttpStatusCode.OK)]
    [InlineData("department eq null", null, HttpStatusCode.BadRequest)]
    [InlineData("accountEnabled eq true and userType eq 'Member' and department eq 'R&D''s Lab'", null, HttpStatusCode.OK)]
    public async Task FakeGraphUserList_AdvancedOnlyFilter_NeedsConsistencyLevelAndCountLikeGraph(string filter, string? consistencyLevel, HttpStatusCode expected)
    {
        using var certificate = LoopbackCertificate.Create();
        await using var graph = await FakeGraphServer.StartAsync(certificate);
        using var http = new HttpClient(LoopbackCertificate.TrustOnly(certificate));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{graph.BaseUrl}/users?$filter={Uri.EscapeDataString(filter)}&$count=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "any");
        if (consistencyLevel is not null)
        {
            request.Headers.Add("ConsistencyLevel", consistencyLevel);
        }

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(expected);
    }
}
