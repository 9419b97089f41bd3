using SecurityBot;
using SecurityBot.Attestation;
using SecurityBot.BotFramework;
using SecurityBot.Crisis;
using SecurityBot.Incidents;
using SecurityBot.Integrations;
using SecurityBot.Metrics;
using SecurityBot.Platform;
using SecurityBot.Platform.Chat;
using SecurityBot.Policies;
using SecurityBot.RiskAcceptances;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The root appsettings.json is linked into the output; reading it from the base directory makes `dotnet run`
    // and the published app load the same file.
    ContentRootPath = AppContext.BaseDirectory,
});

// The host and the protocol.
builder.AddHostDefaults();
builder.AddBotFramework();

// The platform every capability shares.
builder.AddPersistence();
builder.AddDirectory();
builder.AddBot();

// The capabilities: one project and one line each.
builder.AddPolicies();
builder.AddIncidents();
builder.AddRiskAcceptances();
builder.AddSecurityMetrics();
builder.AddCrisisRooms();
builder.AddAttestation();
builder.AddIntegrations();

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.MapMetrics();
app.MapIntegrations();
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
