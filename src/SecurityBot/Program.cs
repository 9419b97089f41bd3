using SecurityBot;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Connector;
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
builder.Services.AddPolicyLibrary();
builder.AddBot();
builder.AddRiskAcceptances();

// Interim unauthenticated connector from the persistence work; issue 2 replaces it with the MSAL-authenticated one.
builder.Services.AddTempConnector();

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
