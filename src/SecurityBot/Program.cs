using SecurityBot.BotFramework.Connector;
using SecurityBot.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPersistence();
builder.Services.AddTempConnector(); // TEMP (persistence): replaced by the lead's connector registration on merge.
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
