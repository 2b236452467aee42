using Azure.Data.Tables;

namespace ComplianceFns.Engine.Storage;

/// <summary>Splits same-partition entities into transactions within the service's count and payload limits.</summary>
internal static class TableBatches
{
    private const int BytesPerCharEstimate = 6;
    private const int PropertyOverheadBytes = 64;

    public static IEnumerable<IReadOnlyList<TableEntity>> Split(IReadOnlyList<TableEntity> entities, int maxActions, long maxEstimatedBytes)
    {
        var batch = new List<TableEntity>();
        long batchBytes = 0;
        foreach (var entity in entities)
        {
            var size = EstimateBytes(entity);
            if (batch.Count > 0 && (batch.Count == maxActions || batchBytes + size > maxEstimatedBytes))
            {
                yield return batch;
                batch = [];
                batchBytes = 0;
            }

            batch.Add(entity);
            batchBytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static long EstimateBytes(TableEntity entity)
    {
        long bytes = 0;
        foreach (var (name, value) in entity)
        {
            bytes += PropertyOverheadBytes + ((long)name.Length * BytesPerCharEstimate);
            bytes += value is string text ? (long)text.Length * BytesPerCharEstimate : 32;
        }

        return bytes;
    }
}
