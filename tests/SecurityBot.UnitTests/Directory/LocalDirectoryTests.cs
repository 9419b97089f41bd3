using SecurityBot.Platform.Directory.Local;

namespace SecurityBot.UnitTests.Directory;

public sealed class LocalDirectoryTests
{
    private readonly LocalDirectory _directory = DemoOrganisation.Load();

    [Fact]
    public void Load_ShippedDemoOrganisation_HasAboutTwentyPeople()
    {
        _directory.UserCount.Should().BeInRange(18, 25);
    }

    [Fact]
    public async Task GetUserAsync_AgentsPlaygroundDefaultUser_IsAKnownEmployee()
    {
        var user = await _directory.GetUserAsync(DemoOrganisation.PlaygroundUser);

        user!.DisplayName.Should().Be("Alex Wilber");
        (await _directory.GetManagerAsync(user.Id))!.Id.Should().Be(DemoOrganisation.EngineeringManager);
    }

    [Fact]
    public async Task GetUserAsync_ByUpnInAnyCase_ReturnsUser()
    {
        (await _directory.GetUserAsync("PriyaR@Example.com"))!.Id.Should().Be(DemoOrganisation.Cso);
    }

    [Fact]
    public async Task GetUserAsync_Unknown_ReturnsNull()
    {
        (await _directory.GetUserAsync("nobody@example.com")).Should().BeNull();
    }

    [Fact]
    public async Task GetManagerAsync_Contractor_HasNoManager()
    {
        (await _directory.GetManagerAsync(DemoOrganisation.Contractor)).Should().BeNull();
    }

    [Fact]
    public async Task GetManagerChainAsync_PlaygroundUser_ClimbsToTheCeoNearestFirst()
    {
        var chain = await _directory.GetManagerChainAsync(DemoOrganisation.PlaygroundUser, maxLevels: 10);

        chain.Select(u => u.Id).Should().Equal(DemoOrganisation.EngineeringManager, DemoOrganisation.Cto, DemoOrganisation.Ceo);
    }

    [Fact]
    public async Task GetManagerChainAsync_MaxLevels_IsRespected()
    {
        (await _directory.GetManagerChainAsync(DemoOrganisation.PlaygroundUser, maxLevels: 1)).Should().ContainSingle();
    }

    [Fact]
    public async Task GetGroupMembersAsync_NestedGroup_IncludesMembersOfTheNestedGroupOnce()
    {
        var responders = await _directory.GetGroupMembersAsync(DemoOrganisation.IncidentRespondersGroup);

        responders.Select(u => u.Id).Should().BeEquivalentTo(
            [.. DemoOrganisation.SecurityTeam, DemoOrganisation.SiteReliabilityEngineer, DemoOrganisation.ItOperationsLead]);
    }

    [Fact]
    public async Task IsMemberAsync_TransitiveMember_IsTrue()
    {
        (await _directory.IsMemberAsync(DemoOrganisation.SecurityAnalyst, DemoOrganisation.IncidentRespondersGroup)).Should().BeTrue();
        (await _directory.IsMemberAsync(DemoOrganisation.PlaygroundUser, DemoOrganisation.IncidentRespondersGroup)).Should().BeFalse();
    }

    [Fact]
    public void Constructor_ManagerNotInFile_RefusesTheFile()
    {
        var document = new LocalDirectoryDocument
        {
            Users = [new LocalDirectoryUserEntry { Id = "a", Upn = "a@x.test", DisplayName = "A", ManagerId = "ghost" }],
        };

        var load = () => new LocalDirectory(document);

        load.Should().Throw<InvalidDataException>().WithMessage("*manager ghost*");
    }

    [Fact]
    public void Constructor_GroupMemberNotInFile_RefusesTheFile()
    {
        var document = new LocalDirectoryDocument
        {
            Users = [new LocalDirectoryUserEntry { Id = "a", Upn = "a@x.test", DisplayName = "A" }],
            Groups = [new LocalDirectoryGroupEntry { Id = "g", DisplayName = "G", Members = ["a", "typo"] }],
        };

        var load = () => new LocalDirectory(document);

        load.Should().Throw<InvalidDataException>().WithMessage("*member typo*");
    }

    [Fact]
    public async Task GetGroupMembersAsync_GroupsNestedInEachOther_TerminatesWithEveryMember()
    {
        var directory = new LocalDirectory(new LocalDirectoryDocument
        {
            Users =
            [
                new LocalDirectoryUserEntry { Id = "a", Upn = "a@x.test", DisplayName = "A" },
                new LocalDirectoryUserEntry { Id = "b", Upn = "b@x.test", DisplayName = "B" },
            ],
            Groups =
            [
                new LocalDirectoryGroupEntry { Id = "g1", DisplayName = "G1", Members = ["a", "g2"] },
                new LocalDirectoryGroupEntry { Id = "g2", DisplayName = "G2", Members = ["b", "g1"] },
            ],
        });

        (await directory.GetGroupMembersAsync("g1")).Select(u => u.Id).Should().BeEquivalentTo("a", "b");
    }

    [Fact]
    public async Task GetUsersAsync_Everyone_ReturnsEveryPersonOfTheDemoOrganisationOnce()
    {
        var everyone = await _directory.GetUsersAsync(department: null);

        everyone.Should().HaveCount(_directory.UserCount);
        everyone.Select(u => u.Id).Should().OnlyHaveUniqueItems().And.Contain([DemoOrganisation.Ceo, DemoOrganisation.PlaygroundUser, DemoOrganisation.Contractor]);
    }

    [Fact]
    public async Task GetUsersAsync_DepartmentInAnotherCase_ReturnsExactlyThatDepartment()
    {
        var security = await _directory.GetUsersAsync("sECURITY");

        security.Select(u => u.Id).Should().BeEquivalentTo(
            [DemoOrganisation.Cso, .. DemoOrganisation.SecurityTeam, DemoOrganisation.Contractor]);
    }

    [Fact]
    public async Task GetUsersAsync_UnknownOrPartialDepartment_ReturnsNobody()
    {
        (await _directory.GetUsersAsync("Secur")).Should().BeEmpty("the department must match exactly, not as a prefix");
        (await _directory.GetUsersAsync("Legal")).Should().BeEmpty();
    }

    [Fact]
    public async Task GetUsersAsync_DisabledAndGuestAccounts_AreLeftOutButStillKnownToLookups()
    {
        var directory = new LocalDirectory(new LocalDirectoryDocument
        {
            Users =
            [
                new LocalDirectoryUserEntry { Id = "member", Upn = "m@x.test", DisplayName = "M", Department = "O'Brien's Team" },
                new LocalDirectoryUserEntry { Id = "disabled", Upn = "d@x.test", DisplayName = "D", Department = "O'Brien's Team", AccountEnabled = false },
                new LocalDirectoryUserEntry { Id = "guest", Upn = "g@x.test", DisplayName = "G", Department = "O'Brien's Team", UserType = "Guest" },
            ],
        });

        (await directory.GetUsersAsync(null)).Select(u => u.Id).Should().Equal("member");
        (await directory.GetUsersAsync("o'brien's team")).Select(u => u.Id).Should().Equal("member");
        (await directory.GetUserAsync("disabled")).Should().NotBeNull("a disabled account is still a person the directory knows");
        (await directory.GetUserAsync("guest")).Should().NotBeNull();
    }

    [Fact]
    public void Constructor_UnknownUserType_RefusesTheFile()
    {
        var document = new LocalDirectoryDocument
        {
            Users = [new LocalDirectoryUserEntry { Id = "a", Upn = "a@x.test", DisplayName = "A", UserType = "Memebr" }],
        };

        var load = () => new LocalDirectory(document);

        load.Should().Throw<InvalidDataException>().WithMessage("*userType 'Memebr'*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task GetUsersAsync_BlankDepartment_IsRefusedNotReadAsEveryone(string department)
    {
        var lookup = () => _directory.GetUsersAsync(department);

        await lookup.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public void Load_MissingFile_NamesTheSetting()
    {
        var load = () => LocalDirectory.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json"));

        load.Should().Throw<FileNotFoundException>().WithMessage("*Directory:LocalFile*");
    }
}
