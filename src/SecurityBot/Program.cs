using SecurityBot;
using SecurityBot.BotFramework;
using SecurityBot.Infrastructure;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The root appsettings.json is linked into the output; reading it from the base directory makes `dotnet run`
    // and the published app load the same file.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddHostDefaults();
builder.AddBotFramework();
builder.AddPersistence();
builder.AddDirectory();
builder.AddPolicies();
builder.AddBot();
builder.AddIncidents();
builder.AddRiskAcceptances();

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
