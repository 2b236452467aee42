// Event Grid drives the uploads blob trigger (Flex Consumption has no polling blob trigger): the storage account's
// system topic, and a subscription that posts BlobCreated events for the uploads container to the blob extension
// webhook. The webhook needs the host's blobs_extension system key, which exists only after the app code with the
// blob trigger has been deployed and started, so the subscription is created on the second provisioning
// (azure.yaml's postdeploy hook sets ENABLE_UPLOAD_EVENTS=true and provisions again).
param topicName string
param location string
param tags object

param storageAccountId string
param functionAppName string
param uploadsContainerName string

@description('Name of the blob-triggered function (its [Function] attribute).')
param uploadFunctionName string

@description('Create the subscription; false until the app code (and so the blobs_extension key) is deployed.')
param createSubscription bool

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// The host's system keys have no Bicep type (sites/host is untyped), so they are read with listKeys on its id.

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: topicName
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource uploads 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (createSubscription) {
  parent: topic
  name: 'uploads-to-${toLower(uploadFunctionName)}'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${uploadFunctionName}&code=${listKeys('${app.id}/host/default', '2024-11-01').systemKeys.blobs_extension}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${uploadsContainerName}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output topicName string = topic.name
