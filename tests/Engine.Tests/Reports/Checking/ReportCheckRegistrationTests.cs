using ComplianceFns.Engine.Reports.Checking;
using ComplianceFns.Engine.Storage;
using ComplianceFns.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceFns.Engine.Tests.Reports.Checking;

public sealed class ReportCheckRegistrationTests
{
    [Fact]
    public void The_engine_registers_the_service_and_a_prefixed_configurable_reports_table()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteStorage.DevelopmentConnectionString(),
            ["Storage:TablePrefix"] = "t123",
            ["Storage:ReportsTable"] = "AnnualReports",
        }).Build();
        using var provider = new ServiceCollection().AddComplianceEngine(configuration).BuildServiceProvider();

        var texts = Assert.IsType<TableReportTextStore>(provider.GetRequiredService<IReportTextStore>());

        Assert.Equal("t123AnnualReports", texts.TableName);
        Assert.NotNull(provider.GetRequiredService<AnnualReportCheckService>());
    }

    [Fact]
    public void An_invalid_reports_table_name_fails_validation()
    {
        var options = new StorageOptions { ReportsTable = "bad-name" };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(StorageOptions.ReportsTable)));
    }
}
