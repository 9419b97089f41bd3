using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Benchmarks.Cards;

/// <summary>
/// What a card costs per turn: escaping a 2,000-character user text (against Plain, which only strips control
/// characters) and building + serializing the help card (string vs JsonElement vs inside an object property).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CardBenchmarks
{
    private readonly string _userText = BuildUserText();
    private readonly JsonSerializerOptions _webOptions = new(JsonSerializerDefaults.Web);

    [Benchmark(Baseline = true)]
    public string PlainUserText() => CardText.Plain(_userText);

    [Benchmark]
    public string EscapeUserText() => CardText.Escape(_userText);

    [Benchmark]
    public string HelpCardToJson() => HelpCard.Create().ToJson();

    [Benchmark]
    public JsonElement HelpCardToJsonElement() => HelpCard.Create().ToJsonElement();

    [Benchmark]
    public string HelpCardInAttachment() =>
        JsonSerializer.Serialize(new { contentType = AdaptiveCard.ContentType, content = (object)HelpCard.Create() }, _webOptions);

    // A realistic report: prose with a URL, an address, a list and some punctuation, repeated to 2,000 characters.
    private static string BuildUserText()
    {
        const string chunk = "Got an e-mail from it-support@contoso-help.example asking to reset my password at " +
            "https://contoso-help.example/reset. I clicked it (sorry!) and typed my *old* password.\n- laptop: PC-4411\n";
        var builder = new StringBuilder();
        while (builder.Length < 2000)
        {
            builder.Append(chunk);
        }

        return builder.ToString(0, 2000);
    }
}
