namespace ComplianceFns.Engine.Storage;

/// <summary>The services of a storage account a connection can be asked to reach.</summary>
public enum StorageService
{
    Blob,
    Queue,
    Table,
}
