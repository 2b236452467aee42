using Azure.Data.Tables;
using ComplianceFns.Engine.Storage;

namespace ComplianceFns.Engine.Tests.Storage;

public sealed class TableBatchesTests
{
    [Fact]
    public void Batches_hold_at_most_the_action_limit()
    {
        var entities = Enumerable.Range(0, 250).Select(i => new TableEntity("p", $"r{i}")).ToList();

        var batches = TableBatches.Split(entities, 100, long.MaxValue).ToList();

        Assert.Equal([100, 100, 50], batches.Select(batch => batch.Count));
        Assert.Equal(entities, batches.SelectMany(batch => batch));
    }

    [Fact]
    public void Large_entities_split_batches_by_estimated_payload()
    {
        var entities = Enumerable.Range(0, 10)
            .Select(i => new TableEntity("p", $"r{i}") { ["Message"] = new string('长', 30_000) })
            .ToList();
        var limit = 4 * TableBatches.EstimateBytes(entities[0]);

        var batches = TableBatches.Split(entities, 100, limit).ToList();

        Assert.Equal([4, 4, 2], batches.Select(batch => batch.Count));
    }
}
