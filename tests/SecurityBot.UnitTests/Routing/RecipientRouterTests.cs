using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Directory.Local;
using static SecurityBot.UnitTests.Directory.DemoOrganisation;

namespace SecurityBot.UnitTests.Routing;

public sealed class RecipientRouterTests
{
    private static RecipientRouter Router(Action<RolesOptions>? roles = null, Action<RoutingOptions>? routing = null, IDirectory? directory = null)
    {
        directory ??= Load();
        var rolesOptions = ShippedOptions<RolesOptions>(RolesOptions.SectionName);
        roles?.Invoke(rolesOptions);
        var routingOptions = ShippedOptions<RoutingOptions>(RoutingOptions.SectionName);
        routing?.Invoke(routingOptions);
        return new RecipientRouter(directory, new SecurityRoles(directory, Options.Create(rolesOptions)), Options.Create(routingOptions));
    }

    private static string[] Ids(RoutingDecision decision) => decision.Recipients.Select(r => r.User.Id).ToArray();

    [Fact]
    public async Task RouteIncidentAsync_Low_GoesToTheSecurityTeamOnly()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Low, "phishing"));

        Ids(decision).Should().BeEquivalentTo(SecurityTeam);
        decision.UsedFallback.Should().BeFalse();
        decision.Notes.Should().BeEmpty();
    }

    [Fact]
    public async Task RouteIncidentAsync_Medium_ManagerNotToldBelowHigh()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Medium, "phishing"));

        Ids(decision).Should().BeEquivalentTo(SecurityTeam, "the shipped Routing:ManagerFromSeverity is High");
    }

    [Fact]
    public async Task RouteIncidentAsync_MediumWithManagerFromMedium_AddsTheReportersManager()
    {
        var decision = await Router(routing: o => o.ManagerFromSeverity = IncidentSeverity.Medium)
            .RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Medium, "phishing"));

        Ids(decision).Should().BeEquivalentTo([.. SecurityTeam, EngineeringManager]);
        decision.Recipients.Single(r => r.User.Id == EngineeringManager).Reason.Should().Be("reporter's manager");
    }

    [Fact]
    public async Task RouteIncidentAsync_High_AddsRespondersAndLeadWithoutDuplicates()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.High, "malware"));

        Ids(decision).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(
            [.. SecurityTeam, EngineeringManager, SiteReliabilityEngineer, ItOperationsLead]);
        decision.Recipients.Single(r => r.User.Id == SecurityLead).Reason.Should()
            .Contain("security team").And.Contain("incident responder").And.Contain("security lead");
    }

    [Fact]
    public async Task RouteIncidentAsync_Critical_AddsTheCso()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Critical, "malware"));

        Ids(decision).Should().Contain(Cso);
    }

    [Fact]
    public async Task RouteIncidentAsync_CsoCategoryAtLowSeverity_ReachesTheCso()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Low, "Data-Breach"));

        decision.Recipients.Single(r => r.User.Id == Cso).Reason.Should().Contain("category Data-Breach");
    }

    [Fact]
    public async Task RouteIncidentAsync_ReporterInSecurityTeam_IsNotNotifiedOfTheirOwnReport()
    {
        var decision = await Router().RouteIncidentAsync(new IncidentRoutingRequest(SecurityAnalyst, IncidentSeverity.Low, null));

        Ids(decision).Should().BeEquivalentTo(SecurityTeam.Except([SecurityAnalyst]));
    }

    [Fact]
    public async Task RouteIncidentAsync_ReporterWithoutManager_FallsBackToTheSecurityLeadAndSaysSo()
    {
        var decision = await Router(routing: o => o.ManagerFromSeverity = IncidentSeverity.Medium)
            .RouteIncidentAsync(new IncidentRoutingRequest(Contractor, IncidentSeverity.Medium, null));

        decision.UsedFallback.Should().BeTrue();
        decision.Notes.Should().ContainSingle(n => n.Contains("no manager", StringComparison.Ordinal));
        decision.Recipients.Single(r => r.User.Id == SecurityLead).Reason.Should().Contain("standing in for the reporter's manager");
    }

    [Fact]
    public async Task RouteIncidentAsync_ChannelConfigured_IncludesTheChannel()
    {
        var decision = await Router(routing: o => o.SecurityTeamChannelId = "19:security@thread.tacv2")
            .RouteIncidentAsync(new IncidentRoutingRequest(PlaygroundUser, IncidentSeverity.Low, null));

        decision.ChannelConversationId.Should().Be("19:security@thread.tacv2");
    }

    [Theory]
    [InlineData(0, new[] { SecurityLead, SecurityAnalyst, SecurityEngineer, IncidentSpecialist })]
    [InlineData(1, new[] { SecurityLead })]
    [InlineData(2, new[] { Cso })]
    public async Task RouteEscalationAsync_EachStep_GoesToThatStepsPeople(int step, string[] expected)
    {
        var decision = await Router().RouteEscalationAsync(new EscalationRoutingRequest(step, PlaygroundUser));

        Ids(decision).Should().BeEquivalentTo(expected);
        decision.UsedFallback.Should().BeFalse();
    }

    [Fact]
    public async Task RouteEscalationAsync_BeyondTheChain_StaysAtTheLastStepAndSaysSo()
    {
        var decision = await Router().RouteEscalationAsync(new EscalationRoutingRequest(7));

        Ids(decision).Should().Equal(Cso);
        decision.Notes.Should().ContainSingle(n => n.Contains("beyond", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteEscalationAsync_NoSecurityLeadConfigured_ClimbsToTheCso()
    {
        var decision = await Router(roles: r => r.SecurityLeadUserId = null).RouteEscalationAsync(new EscalationRoutingRequest(1));

        Ids(decision).Should().Equal(Cso);
        decision.UsedFallback.Should().BeTrue();
        decision.Notes.Should().ContainSingle().Which.Should().Contain("step 2 (SecurityLead) resolved to nobody");
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_ManagerStage_GoesToTheRequestersManager()
    {
        var decision = await Router().RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(PlaygroundUser, RiskAcceptanceStage.Manager));

        Ids(decision).Should().Equal(EngineeringManager);
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_RequesterWithoutManager_SecurityLeadApprovesInstead()
    {
        var decision = await Router().RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(Contractor, RiskAcceptanceStage.Manager));

        Ids(decision).Should().Equal(SecurityLead);
        decision.UsedFallback.Should().BeTrue();
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_RequesterIsTheStandInLead_ClimbsToTheCsoNeverTheRequester()
    {
        // A lead with no manager asks: the lead would stand in for the manager, but never approves their own request.
        var decision = await Router(roles: r => r.SecurityLeadUserId = Contractor)
            .RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(Contractor, RiskAcceptanceStage.Manager));

        Ids(decision).Should().Equal(Cso);
        decision.Notes.Should().HaveCount(2).And.Contain(n => n.Contains("security lead resolved to nobody eligible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_SecurityTeamStageRequestedByTeamMember_OtherMembersApprove()
    {
        var decision = await Router().RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(SecurityAnalyst, RiskAcceptanceStage.SecurityTeam));

        Ids(decision).Should().BeEquivalentTo(SecurityTeam.Except([SecurityAnalyst]));
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_CsoStageRequestedByTheCso_OtherRiskApproversApprove()
    {
        var decision = await Router().RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(Cso, RiskAcceptanceStage.Cso));

        Ids(decision).Should().Equal(Cfo);
        decision.UsedFallback.Should().BeTrue();
        decision.Notes.Should().ContainSingle(n => n.Contains("The CSO is the requester", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_NoCsoConfigured_RiskApproversAreTheCsoOffice()
    {
        var decision = await Router(roles: r => r.CsoUserId = null)
            .RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(PlaygroundUser, RiskAcceptanceStage.Cso));

        Ids(decision).Should().BeEquivalentTo([Cso, Cfo]);
        decision.UsedFallback.Should().BeFalse();
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_EmptySecurityTeamGroup_FallsBackToTheLead()
    {
        var decision = await Router(roles: r => r.SecurityTeamGroupId = "no-such-group")
            .RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(PlaygroundUser, RiskAcceptanceStage.SecurityTeam));

        Ids(decision).Should().Equal(SecurityLead);
        decision.Notes.Should().ContainSingle().Which.Should().Contain("security team resolved to nobody");
    }

    [Fact]
    public async Task RouteRiskAcceptanceAsync_NobodyEligibleAnywhere_HasNoRecipientsAndSaysWhy()
    {
        var lonely = new LocalDirectory(new LocalDirectoryDocument
        {
            Users = [new LocalDirectoryUserEntry { Id = "solo", Upn = "solo@x.test", DisplayName = "Solo" }],
            Groups =
            [
                new LocalDirectoryGroupEntry { Id = "team", DisplayName = "Team", Members = ["solo"] },
                new LocalDirectoryGroupEntry { Id = "approvers", DisplayName = "Approvers", Members = ["solo"] },
            ],
        });
        var router = Router(directory: lonely, roles: r =>
        {
            r.SecurityTeamGroupId = "team";
            r.RiskApproversGroupId = "approvers";
            r.IncidentRespondersGroupId = null;
            r.CsoUserId = "solo";
            r.SecurityLeadUserId = null;
        });

        var decision = await router.RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest("solo", RiskAcceptanceStage.Cso));

        decision.HasRecipients.Should().BeFalse();
        decision.UsedFallback.Should().BeTrue();
        decision.Notes.Should().Contain(n => n.Contains("operator attention", StringComparison.Ordinal));
    }
}
