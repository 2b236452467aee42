using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class StorageRegistrationTests
{
    [Fact]
    public void The_store_is_built_from_the_storage_section()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteStorage.DevelopmentConnectionString(),
            ["Storage:TablePrefix"] = "t123",
            ["Storage:RunsTable"] = "History",
        });

        var store = Assert.IsType<TableFindingStore>(provider.GetRequiredService<IFindingStore>());

        Assert.Equal("t123Findings", store.FindingsTableName);
        Assert.Equal("t123History", store.RunsTableName);
    }

    [Fact]
    public void An_invalid_table_name_fails_validation()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Storage:FindingsTable"] = "bad-name" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("FindingsTable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_connection_string_says_what_to_configure()
    {
        using var provider = Build([]);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<IFindingStore>());

        Assert.Contains("Set Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Findings", "Findings")]
    [InlineData("t1", "Runs", "t1Runs")]
    public void Table_names_combine_prefix_and_name(string prefix, string name, string expected) =>
        Assert.Equal(expected, TableNames.Combine(prefix, name));

    [Theory]
    [InlineData("", "ab")]
    [InlineData("1t", "Runs")]
    [InlineData("t", "Run_s")]
    public void Invalid_table_names_are_rejected(string prefix, string name) =>
        Assert.Throws<ArgumentException>(() => TableNames.Combine(prefix, name));

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFindingStore(configuration).BuildServiceProvider();
    }
}
