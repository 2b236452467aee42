// Logs and telemetry: a Log Analytics workspace and a workspace-based Application Insights resource that accepts
// telemetry only with an Entra ID token (local auth, i.e. the instrumentation key alone, is refused).
param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

@description('Principal allowed to send telemetry (the app identity).')
param publisherPrincipalId string

@description('Daily ingestion cap in GB: a runaway log loop cannot run up the bill.')
param dailyQuotaGb int

// Monitoring Metrics Publisher: required for Entra ID ingestion into Application Insights.
var metricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    workspaceCapping: {
      dailyQuotaGb: dailyQuotaGb
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, publisherPrincipalId, metricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisher)
  }
}

output applicationInsightsId string = applicationInsights.id
output applicationInsightsName string = applicationInsights.name
// Not a secret: with local auth disabled the connection string only says where to send; the token authorizes.
output connectionString string = applicationInsights.properties.ConnectionString
