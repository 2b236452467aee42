// The one identity the function app uses for storage, Key Vault and Application Insights: user-assigned, so its
// client id is known before the app exists and can go into the app settings in the same deployment.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
