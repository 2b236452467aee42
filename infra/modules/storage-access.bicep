// The app identity's data roles, each scoped to the one storage account (not the resource group or subscription).
param storageAccountName string
param principalId string

// Storage Blob Data Owner: the Functions host keeps its leases and keys in blobs and Flex Consumption reads the
// deployment package from a container with this identity; Microsoft documents Owner (not Contributor) for the
// host's AzureWebJobsStorage blob connection. It also covers reading uploads and writing results.
var blobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'

// Storage Queue Data Contributor: the timer enqueues one message per site, the queue trigger reads and deletes them,
// and the host moves failing messages to <queue>-poison.
var queueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

// Storage Table Data Contributor: findings, run records and sites are read and upserted (never tables of other apps,
// since the scope is this account).
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [blobDataOwner, queueDataContributor, tableDataContributor]: {
    name: guid(account.id, principalId, role)
    scope: account
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]
