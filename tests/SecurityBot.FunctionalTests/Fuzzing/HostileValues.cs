using System.Text;
using System.Text.Json.Nodes;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// The values an attacker (or a broken client) puts where the bot expects something else: every JSON type, huge and
/// negative numbers, huge strings, deep nesting, control and bidi characters, other people's reference numbers.
/// </summary>
public static class HostileValues
{
    /// <summary>Reference numbers of the seeded entities (owned by someone else) and of ones that do not exist.</summary>
    public static readonly string[] References =
    [
        "INC-000001", "INC-000002", "RA-000001", "RA-000002", "INC-999999", "RA-999999", "INC-0", "RA-000000", "INC--1",
        "RA-1", "inc-000001", "ra-000002", " RA-000001 ", "RA-000001\u0000", "RA-0000001", "INC-99999999999999999999",
        "RA-١٢٣", "1", "-1", "",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1e308", "-1e308",
        "1.5", "1E+2", "0.0000001", "99999999999999999999999999999999", "-0", "2147483648", "-2147483649",
    ];

    private static readonly string[] Strings =
    [
        "", " ", "\t\r\n", "null", "true", "{}", "[]", "NaN", "\u0000", "\u0007\u001b[31m", "\u202egnp.exe", "\u200b\u200b",
        "\ufeff", "\ud83d\ude00", "\u0301\u0301\u0301", "<at>SecurityBot</at>", "<script>alert(1)</script>", "${{7*7}}",
        "'; DROP TABLE incidents; --", "../../etc/passwd", "%s%n%x", "\\u0000", "**bold** [x](https://evil.example)",
        "javascript:alert(1)", "https://evil.example/\u0000", "aaaa@bbbb", "RA-000001", "INC-000001",
        "00000000-0000-0000-0000-0000000000022", "29:1Alex-Wilber-teams-user-id", "\ud800", "\udfff",
    ];

    /// <summary>A random hostile value of any JSON type.</summary>
    public static JsonNode? Any(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(14) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
            3 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
            4 => JsonValue.Create(References[random.Next(References.Length)]),
            5 => JsonValue.Create(HugeString(random)),
            6 => Nested(random, random.Next(2, 60)),
            7 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1), null, new JsonObject()),
            8 => new JsonObject { ["id"] = References[random.Next(References.Length)], ["version"] = JsonNode.Parse(Numbers[random.Next(Numbers.Length)]) },
            9 => JsonValue.Create(Mixed(random)),
            10 => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
            11 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-30, 300))),
            12 => new JsonObject(),
            _ => new JsonArray(),
        };
    }

    /// <summary>A string: long (up to ~60 KB, under the 256 KB body limit most of the time), repetitive or random.</summary>
    public static string HugeString(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var length = random.Next(3) switch { 0 => random.Next(1_000, 5_000), 1 => random.Next(5_000, 30_000), _ => random.Next(30_000, 60_000) };
        return random.Next(3) switch
        {
            // Patterns that make naive regexes backtrack: long runs of one character, almost-URLs, almost-addresses.
            0 => new string('a', length),
            1 => string.Concat(Enumerable.Repeat("http://a.", length / 9)),
            _ => string.Concat(Enumerable.Repeat("x@y.", length / 4)) + "!",
        };
    }

    /// <summary>A short string of random code points: controls, surrogates, combining marks, bidi overrides.</summary>
    public static string Mixed(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var builder = new StringBuilder();
        var length = random.Next(1, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x0300, 0x0370),
                3 => (char)random.Next(0x2000, 0x2070),
                4 => (char)random.Next(0xFFF0, 0x10000),
                _ => (char)random.Next(32, 127),
            });
        }

        return builder.ToString();
    }

    /// <summary>Objects and arrays nested <paramref name="depth"/> deep (past the 64 the protocol reader allows, sometimes).</summary>
    public static JsonNode Nested(Random random, int depth)
    {
        ArgumentNullException.ThrowIfNull(random);
        JsonNode node = JsonValue.Create("deep");
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return node;
    }
}
