// Key Vault for the app's one secret, the SMTP password. RBAC authorization (no access policies); the app identity
// may only read secrets, and the app settings hold a Key Vault reference, never the password.
param name string
param location string
param tags object

@description('Principal allowed to read secrets (the app identity).')
param readerPrincipalId string

@secure()
@description('The SMTP password; stored as a secret, never as an app setting.')
param smtpPassword string

param smtpPasswordSecretName string

// Key Vault Secrets User: read secret values, nothing else.
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

output name string = vault.name
// The versionless URI: the reference follows secret rotation without a redeploy.
output smtpCredentialUri string = smtpPasswordSecret.properties.secretUri
