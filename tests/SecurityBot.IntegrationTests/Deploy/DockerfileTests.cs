using System.Text.RegularExpressions;
using System.Xml.Linq;
using SecurityBot.IntegrationTests.ExternalTools;

namespace SecurityBot.IntegrationTests.Deploy;

/// <summary>
/// No Docker engine runs in CI, so these read deploy/Dockerfile against the project layout: a project added to
/// the host without a COPY line before restore would otherwise only break the first real image build.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.Combine("deploy", "Dockerfile"));

    [Fact]
    public void RestoreStage_CopiesEveryProjectTheHostReferences_BeforeRestoring()
    {
        var restoreLine = Array.FindIndex(Lines, l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var copied = Lines.Take(restoreLine).Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)).ToList();

        restoreLine.Should().BePositive();
        foreach (var project in HostProjectClosure())
        {
            copied.Should().Contain(l => l.Contains(project + " "), $"{project} must be copied before `dotnet restore`");
        }
    }

    [Fact]
    public void FinalStage_UsesTheTargetFrameworksRuntimeAndRunsNonRootOnPort8080()
    {
        var targetFramework = XDocument.Load(RepositoryRoot.Combine("Directory.Build.props"))
            .Descendants("TargetFramework").Single().Value;
        var finalStage = Lines.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)).ToList();

        Lines.Should().Contain($"ARG DOTNET_VERSION={targetFramework.Replace("net", "", StringComparison.Ordinal)}");
        finalStage.Should().NotBeEmpty();
        finalStage.Should().Contain("USER $APP_UID");
        finalStage.Should().Contain(l => l.Contains("ASPNETCORE_HTTP_PORTS=8080"));
        finalStage.Should().Contain(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        finalStage.Should().Contain(l => l.Contains("/dev/tcp/127.0.0.1/8080") && l.Contains("GET /healthz"));
        finalStage.Should().Contain("ENTRYPOINT [\"dotnet\", \"SecurityBot.dll\"]");
    }

    [Fact]
    public void ContainerApp_IngressAndProbes_MatchTheImage()
    {
        var containerApp = File.ReadAllText(RepositoryRoot.Combine("deploy", "modules", "container-app.bicep"));

        containerApp.Should().Contain("targetPort: 8080");
        Regex.Matches(containerApp, @"path: '/healthz'\s+port: 8080").Should().HaveCount(2, "startup and liveness probes");
    }

    /// <summary>src/.../X.csproj paths of the host and every project it references, transitively.</summary>
    private static IReadOnlySet<string> HostProjectClosure()
    {
        var root = RepositoryRoot.Path;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.Combine(root, "src", "SecurityBot", "SecurityBot.csproj")]);
        while (pending.TryPop(out var project))
        {
            if (!found.Add(Path.GetRelativePath(root, project).Replace('\\', '/')))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));
            }
        }

        return found;
    }
}
