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

// Storage Table Data Contributor: findings, run records and sites are read and upserted; the scope keeps it to
// this account's tables.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, blobDataOwner)
  scope: account
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataOwner)
  }
}

resource queueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, queueDataContributor)
  scope: account
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueDataContributor)
  }
}

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, tableDataContributor)
  scope: account
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}
