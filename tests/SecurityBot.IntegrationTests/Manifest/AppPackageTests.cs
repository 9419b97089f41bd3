using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecurityBot.IntegrationTests.Manifest;

/// <summary>
/// The Teams app package an admin uploads: built by manifest/build.mjs, checked by manifest/validate.mjs against
/// the official schema of its manifestVersion, the icon rules and the zip layout. The broken variants prove the
/// validator is not a rubber stamp.
/// </summary>
public sealed class AppPackageTests(AppPackageToolchain toolchain) : IClassFixture<AppPackageToolchain>
{
    [Fact]
    public async Task Build_WithTestValues_WritesPackageThatValidates()
    {
        toolchain.BuildResult.ExitCode.Should().Be(0, toolchain.BuildResult.ToString());

        var validation = await toolchain.ValidateAsync(toolchain.BuiltPackage);

        validation.ExitCode.Should().Be(0, validation.ToString());
        validation.StandardOutput.Should().Contain("valid:");
    }

    [Fact]
    public void Build_WithTestValues_PackageHoldsExactlyManifestAndIconsAtRoot()
    {
        using var zip = ZipFile.OpenRead(toolchain.BuiltPackage);

        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo("manifest.json", "color.png", "outline.png");
    }

    [Fact]
    public void Build_WithTestValues_FillsEveryPlaceholderFromTheEnvironment()
    {
        var manifest = ReadManifest(toolchain.BuiltPackage);
        var appId = AppPackageToolchain.TestValues["MICROSOFT_APP_ID"];

        manifest.ToJsonString().Should().NotContain("${{");
        manifest["id"]!.GetValue<string>().Should().Be(AppPackageToolchain.TestValues["TEAMS_APP_ID"]);
        manifest["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(appId);
        manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>().Should().Be(appId);
        manifest["composeExtensions"]![0]!["commands"]![0]!["id"]!.GetValue<string>().Should().Be("searchPolicies");
        manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()).Should().Equal("securitybot.example.com");
    }

    [Fact]
    public async Task Build_SameValuesTwice_ProducesIdenticalBytes()
    {
        var again = toolchain.ScratchFile("again.zip");

        var result = await toolchain.BuildAsync(AppPackageToolchain.TestValues, again);

        result.ExitCode.Should().Be(0, result.ToString());
        (await File.ReadAllBytesAsync(again)).Should().Equal(await File.ReadAllBytesAsync(toolchain.BuiltPackage));
    }

    [Fact]
    public async Task Build_BotDomainMissing_RefusesNamingTheVariableAndWritesNothing()
    {
        var values = AppPackageToolchain.TestValues.Where(kv => kv.Key != "BOT_DOMAIN").ToDictionary();
        var output = toolchain.ScratchFile("missing.zip");

        var result = await toolchain.BuildAsync(values, output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("BOT_DOMAIN: not set");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("MICROSOFT_APP_ID", "securitybot")]
    [InlineData("TEAMS_APP_ID", "00000000-0000-0000-0000-000000000000")]
    [InlineData("BOT_DOMAIN", "https://securitybot.example.com/api/messages")]
    [InlineData("DEVELOPER_PRIVACY_URL", "http://example.com/privacy")]
    public async Task Build_InvalidValue_RefusesNamingTheVariable(string name, string value)
    {
        var values = new Dictionary<string, string>(AppPackageToolchain.TestValues) { [name] = value };
        var output = toolchain.ScratchFile("invalid.zip");

        var result = await toolchain.BuildAsync(values, output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain($"{name}: invalid value");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Validate_ManifestVersionWithoutOfficialSchema_Fails()
    {
        var broken = WithManifest(m => m["manifestVersion"] = "1.99");

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("manifestVersion \"1.99\" has no official schema");
    }

    [Fact]
    public async Task Validate_BotIdMissing_FailsAgainstTheOfficialSchema()
    {
        var broken = WithManifest(m => m["bots"]![0]!.AsObject().Remove("botId"));

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("/bots/0 must have required property 'botId'");
    }

    [Fact]
    public async Task Validate_PropertyUnknownToTheSchema_Fails()
    {
        var broken = WithManifest(m => m["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["usage"] = "report <text>");

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("must NOT have additional properties");
    }

    [Fact]
    public async Task Validate_MessageExtensionOfAnotherBot_Fails()
    {
        var broken = WithManifest(m => m["composeExtensions"]![0]!["botId"] = "99999999-2222-4333-8444-555555555555");

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("composeExtensions[0].botId must equal the bot's botId");
    }

    [Fact]
    public async Task Validate_OutlineIconInFullColour_Fails()
    {
        var broken = WithEntries(entries => entries["outline.png"] = entries["color.png"]);

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("outline.png is 192x192, must be 32x32")
            .And.Contain("visible pixel(s) that are not white");
    }

    [Fact]
    public async Task Validate_PackageWithFilesInAFolder_Fails()
    {
        var broken = WithEntries(entries =>
        {
            entries["appPackage/manifest.json"] = entries["manifest.json"];
            entries.Remove("manifest.json");
        });

        var result = await toolchain.ValidateAsync(broken);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardError.Should().Contain("also found: appPackage/manifest.json").And.Contain("zip is missing: manifest.json");
    }

    private static JsonNode ReadManifest(string packagePath)
    {
        using var zip = ZipFile.OpenRead(packagePath);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }

    private string WithManifest(Action<JsonNode> breakIt) => WithEntries(entries =>
    {
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        breakIt(manifest);
        entries["manifest.json"] = JsonSerializer.SerializeToUtf8Bytes(manifest);
    });

    /// <summary>A copy of the good package with its entries changed by <paramref name="breakIt"/>.</summary>
    private string WithEntries(Action<Dictionary<string, byte[]>> breakIt)
    {
        var entries = new Dictionary<string, byte[]>();
        using (var good = ZipFile.OpenRead(toolchain.BuiltPackage))
        {
            foreach (var entry in good.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }
        }

        breakIt(entries);
        var path = toolchain.ScratchFile("broken.zip");
        using var broken = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = broken.CreateEntry(name).Open();
            stream.Write(bytes);
        }

        return path;
    }
}
