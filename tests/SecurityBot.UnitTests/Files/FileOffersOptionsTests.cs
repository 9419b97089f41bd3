using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.Platform;
using SecurityBot.Platform.Files;

namespace SecurityBot.UnitTests.Files;

public sealed class FileOffersOptionsTests
{
    [Fact]
    public void Files_ShippedConfiguration_ADayToAccept10MiBAndAHoldLongerThanTheUpload()
    {
        var options = Read(new Dictionary<string, string?>());

        options.OfferLifetime.Should().Be(TimeSpan.FromHours(24));
        options.MaxFileBytes.Should().Be(10 * 1024 * 1024);
        options.UploadHoldSeconds.Should().BeGreaterThan(options.UploadTimeoutSeconds);
    }

    [Theory]
    [InlineData("Files:OfferLifetime", "00:01:00", "OfferLifetime")]
    [InlineData("Files:OfferLifetime", "31.00:00:00", "OfferLifetime")]
    [InlineData("Files:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("Files:MaxFileBytes", "62914560", "MaxFileBytes")]
    [InlineData("Files:UploadHoldSeconds", "60", "Files:UploadHoldSeconds")]
    public void Files_ValueOutOfRange_IsRefusedNamingIt(string key, string value, string named)
    {
        var read = () => Read(new Dictionary<string, string?> { [key] = value });

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    private static FileOffersOptions Read(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPersistence();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<FileOffersOptions>>().Value;
    }
}
