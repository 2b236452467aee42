// ComplianceFns: the whole pipeline in one resource group. `azd up` (azure.yaml) deploys it. main.parameters.json
// uses azd's ${VAR} placeholders, so plain `az deployment group create -f infra/main.bicep` takes its parameters
// on the command line (-p name=value), not from that file.
// App settings are defined here and only here (appSettings below); tests/Infra.Tests compares them with
// local.settings.sample.json.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Environment name (azd); part of every resource name.')
param environmentName string

@description('Region for every resource.')
param location string = resourceGroup().location

@description('When inspections start: six-field NCRONTAB in UTC (Flex Consumption has no time-zone setting). 0 0 0 * * * is 08:00 Beijing time.')
param inspectionSchedule string = '0 0 0 * * *'

@description('When the daily digest is mailed: six-field NCRONTAB in UTC. 0 30 0 * * * is 08:30 Beijing time.')
param digestSchedule string = '0 30 0 * * *'

@description('An organ whose annual reports the site must publish (annual-reports.md §1.3, §6 F).')
type organ = {
  @description('Name as it appears in report titles, e.g. 某某县统计局.')
  name: string
  level: ('StateCouncilDepartment' | 'Province' | 'PrefectureCity' | 'County' | 'Township')
  kind: ('Government' | 'Department')
  @description('The 政府信息公开年报 column page listing its reports.')
  annualReportColumnUrl: string
  @description('First report year expected (default 2019).')
  firstYear: int?
  @description('A local deadline MM-dd stricter than the statute, or empty.')
  deadlineOverride: string?
  @description('Other names used in titles.')
  aliases: string[]?
  @description('Similarity above which two years\' narratives are reported as copied (default 0.9).')
  duplicateSimilarityThreshold: string?
}

type site = {
  @description('Stable id; findings are keyed by it.')
  id: string
  @description('Display name, e.g. 某某县人民政府.')
  name: string
  @minLength(1)
  startUrls: string[]
  @description('Path prefixes that bound the crawl on the start hosts; absent means the whole host.')
  pathPrefixes: string[]?
  @description('Further hosts crawled as part of the site.')
  extraHosts: string[]?
  @description('Hosts that may resolve to private or loopback addresses and still be requested.')
  allowPrivateHosts: string[]?
  @description('Page budget for this site; absent takes Crawl__MaxPages.')
  @minValue(1)
  maxPages: int?
  @description('Depth limit for this site; absent takes Crawl__MaxDepth.')
  @minValue(0)
  maxDepth: int?
  @description('The organ\'s own name for the own-organ typo check; absent takes the first organ\'s name.')
  organName: string?
  ignoreRobotsTxt: bool?
  @description('Who receives this site\'s own alerts and digest (besides alertRecipients).')
  alertRecipients: string[]?
  @description('Organs whose annual-report publication is checked on this site.')
  organs: organ[]?
}

@description('Sites to inspect (become Inspection__Sites__<i>__* settings).')
param sites site[] = []

@description('Admins who receive every alert and the full digest (become Alerts__GlobalRecipients__<i>), and the platform\'s failure alert. At least one: the app does not start without a global recipient.')
@minLength(1)
param alertRecipients string[]

@description('The same alert is not mailed again within this window (TimeSpan, at most 7 days).')
param alertRepeatWindow string = '06:00:00'

@description('Alerts raised within this window after the first are folded into one mail (TimeSpan, at most 1 hour).')
param alertBurstWindow string = '00:01:00'

@description('Starts every alert and digest subject so recipients can filter.')
param alertSubjectPrefix string = '【政务公开巡检】'

@description('SMTP server for alert and digest mail, e.g. smtp.azurecomm.net or the office relay; the app does not start without it.')
@minLength(1)
param smtpHost string

param smtpPort int = 587

@allowed(['StartTls', 'SslOnConnect', 'None'])
param smtpTlsMode string = 'StartTls'

@description('SMTP user; required because the password is (the app demands both or neither).')
@minLength(1)
param smtpUser string

@description('Sender address of alert mail; the app does not start without it.')
@minLength(1)
param smtpFrom string

@description('Display name of the sender.')
param smtpFromName string = '政务公开网站巡检'

@secure()
@description('SMTP password: stored in Key Vault; the app setting is a Key Vault reference.')
param smtpPassword string

@description('Name of the blob-triggered function that checks uploaded reports.')
param uploadFunctionName string = 'CheckUploadedReport'

@description('Create the Event Grid subscription for uploads (true once the app code is deployed; see azure.yaml).')
param enableUploadEvents bool = false

@description('Flex Consumption scale-out limit; bounds cost and the load put on inspected sites.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 20

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Log Analytics daily ingestion cap in GB.')
param logDailyQuotaGb int = 1

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

// Names the code and the storage account share.
var uploadsContainer = 'uploads'
var resultsContainer = 'results'
var deploymentContainer = 'app-package'
var findingsTable = 'Findings'
var runsTable = 'Runs'
var reportsTable = 'Reports'
var rectificationsTable = 'Rectifications'
var sitesTable = 'Sites'
var ledgerTable = 'InspectionLedger'
var alertStateTable = 'AlertState'
// The queue triggers' names (Engine QueueNames); the host would create a poison queue on first use, but
// InspectionPoison and AlertDispatchPoison listen to theirs from the start.
var inspectionQueue = 'inspections'
var inspectionPoisonQueue = 'inspections-poison'
var alertDispatchQueue = 'alert-dispatch'
var alertDispatchPoisonQueue = 'alert-dispatch-poison'
var smtpPasswordSecretName = 'smtp-password'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    containerNames: [uploadsContainer, resultsContainer, deploymentContainer]
    tableNames: [findingsTable, runsTable, reportsTable, rectificationsTable, sitesTable, ledgerTable, alertStateTable]
    queueNames: [inspectionQueue, inspectionPoisonQueue, alertDispatchQueue, alertDispatchPoisonQueue]
  }
}

module storageAccess 'modules/storage-access.bicep' = {
  name: 'storage-access'
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${token}'
    applicationInsightsName: 'appi-${token}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
    dailyQuotaGb: logDailyQuotaGb
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-${token}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    smtpPassword: smtpPassword
    smtpPasswordSecretName: smtpPasswordSecretName
  }
}

// Every setting the app reads in Azure. Storage is reached only through the identity: service URIs, credential and
// client id, never a key or a connection string (the app builds its table/queue/blob clients from the same settings).
var appSettings = {
  AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
  AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
  AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.outputs.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  InspectionSchedule: inspectionSchedule
  DigestSchedule: digestSchedule
  // Empty: the findings store uses the host storage connection (AzureWebJobsStorage) instead of its own.
  Storage__ConnectionString: ''
  Storage__FindingsTable: findingsTable
  Storage__RunsTable: runsTable
  Storage__ReportsTable: reportsTable
  Storage__RectificationsTable: rectificationsTable
  // The blob trigger's path is %UploadsContainer%/{name}: without this setting the function does not index.
  UploadsContainer: uploadsContainer
  Uploads__SiteId: 'uploads'
  Uploads__ResultsContainer: resultsContainer
  Uploads__MaxBytes: '20971520'
  Storage__TablePrefix: ''
  // Per storage request: 10 s per try, as many tries as fit in 30 s; a silent store fails the invocation, the queue retries.
  Storage__NetworkTimeoutSeconds: '10'
  Storage__TotalBudgetSeconds: '30'
  Crawl__MaxPages: '2000'
  Crawl__MaxDepth: '10'
  Crawl__PerHostConcurrency: '4'
  Crawl__TotalConcurrency: '64'
  Crawl__PolitenessDelay: '00:00:00.100'
  Crawl__ConnectTimeout: '00:00:10'
  Crawl__RequestTimeout: '00:00:20'
  Crawl__MaxBodyBytes: '5242880'
  Crawl__MaxDecompressedBytes: '10485760'
  Crawl__MaxAttachmentBytes: '20971520'
  Crawl__DocumentParseTimeout: '00:00:30'
  Crawl__MaxRedirects: '10'
  Crawl__MaxRetries: '2'
  Crawl__RetryBaseDelay: '00:00:00.500'
  Crawl__MaxRetryAfter: '00:00:30'
  Crawl__HostFailuresBeforeShortCircuit: '5'
  Crawl__TargetBudget: '00:02:00'
  Crawl__MaxRunDuration: '00:20:00'
  Crawl__MaxTargets: '50000'
  Crawl__MaxQueryVariantsPerPath: '50'
  Crawl__SharedLinkMinPages: '3'
  Crawl__UserAgent: 'ComplianceFns/1.0 (+government disclosure inspection)'
  Smtp__Host: smtpHost
  Smtp__Port: string(smtpPort)
  Smtp__TlsMode: smtpTlsMode
  Smtp__User: smtpUser
  Smtp__Password: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.smtpCredentialUri})'
  Smtp__From: smtpFrom
  Smtp__FromName: smtpFromName
  Smtp__Timeout: '00:00:30'
  Pipeline__SitesTable: sitesTable
  Pipeline__LedgerTable: ledgerTable
  // Longer than Crawl__MaxRunDuration plus persisting, as the app checks at start-up.
  Pipeline__ClaimLease: '00:40:00'
  Alerts__RepeatWindow: alertRepeatWindow
  Alerts__BurstWindow: alertBurstWindow
  Alerts__StateTable: alertStateTable
  Alerts__SubjectPrefix: alertSubjectPrefix
  Alerts__DigestFindingsPerSite: '20'
}

// Alerts__GlobalRecipients is a list: one indexed setting per recipient (the parameter holds at least one).
var recipientSettings = reduce(
  range(0, length(alertRecipients)),
  {},
  (all, i) => union(all, { 'Alerts__GlobalRecipients__${i}': alertRecipients[i] })
)

var siteSettings = reduce(
  range(0, length(sites)),
  {},
  (all, i) =>
    union(
      all,
      {
        'Inspection__Sites__${i}__Id': sites[i].id
        'Inspection__Sites__${i}__Name': sites[i].name
        'Inspection__Sites__${i}__IgnoreRobotsTxt': string(sites[i].?ignoreRobotsTxt ?? false)
        'Inspection__Sites__${i}__OrganName': sites[i].?organName ?? ''
      },
      // Per-site budgets only when given: absent, the site takes Crawl__MaxPages and Crawl__MaxDepth.
      sites[i].?maxPages == null ? {} : { 'Inspection__Sites__${i}__MaxPages': string(sites[i].?maxPages) },
      sites[i].?maxDepth == null ? {} : { 'Inspection__Sites__${i}__MaxDepth': string(sites[i].?maxDepth) },
      reduce(
        range(0, length(sites[i].?pathPrefixes ?? [])),
        {},
        (prefixes, j) => union(prefixes, { 'Inspection__Sites__${i}__PathPrefixes__${j}': sites[i].pathPrefixes![j] })
      ),
      reduce(
        range(0, length(sites[i].?extraHosts ?? [])),
        {},
        (hosts, j) => union(hosts, { 'Inspection__Sites__${i}__ExtraHosts__${j}': sites[i].extraHosts![j] })
      ),
      reduce(
        range(0, length(sites[i].?allowPrivateHosts ?? [])),
        {},
        (hosts, j) => union(hosts, { 'Inspection__Sites__${i}__AllowPrivateHosts__${j}': sites[i].allowPrivateHosts![j] })
      ),
      reduce(
        range(0, length(sites[i].startUrls)),
        {},
        (urls, j) => union(urls, { 'Inspection__Sites__${i}__StartUrls__${j}': sites[i].startUrls[j] })
      ),
      reduce(
        range(0, length(sites[i].?alertRecipients ?? [])),
        {},
        (recipients, j) =>
          union(recipients, { 'Inspection__Sites__${i}__AlertRecipients__${j}': sites[i].alertRecipients![j] })
      ),
      reduce(
        range(0, length(sites[i].?organs ?? [])),
        {},
        (organs, j) =>
          union(
            organs,
            {
              'Inspection__Sites__${i}__Organs__${j}__Name': sites[i].organs![j].name
              'Inspection__Sites__${i}__Organs__${j}__Level': sites[i].organs![j].level
              'Inspection__Sites__${i}__Organs__${j}__Kind': sites[i].organs![j].kind
              'Inspection__Sites__${i}__Organs__${j}__AnnualReportColumnUrl': sites[i].organs![j].annualReportColumnUrl
              'Inspection__Sites__${i}__Organs__${j}__FirstYear': string(sites[i].organs![j].?firstYear ?? 2019)
              'Inspection__Sites__${i}__Organs__${j}__DeadlineOverride': sites[i].organs![j].?deadlineOverride ?? ''
              'Inspection__Sites__${i}__Organs__${j}__DuplicateSimilarityThreshold': sites[i].organs![j].?duplicateSimilarityThreshold ?? '0.9'
            },
            reduce(
              range(0, length(sites[i].organs![j].?aliases ?? [])),
              {},
              (aliases, k) =>
                union(aliases, { 'Inspection__Sites__${i}__Organs__${j}__Aliases__${k}': sites[i].organs![j].aliases![k] })
            )
          )
      )
    )
)

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    planName: 'plan-${token}'
    appName: 'func-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainer}'
    appSettings: appSettings
    siteSettings: siteSettings
    recipientSettings: recipientSettings
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The host must be able to reach storage, Key Vault and telemetry when it first starts.
  dependsOn: [
    storageAccess
  ]
}

module uploadEvents 'modules/upload-events.bicep' = {
  name: 'upload-events'
  params: {
    topicName: 'evgt-${token}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
    functionAppName: functionApp.outputs.name
    uploadsContainerName: uploadsContainer
    uploadFunctionName: uploadFunctionName
    createSubscription: enableUploadEvents
  }
}

module failureAlert 'modules/failure-alert.bicep' = {
  name: 'failure-alert'
  params: {
    actionGroupName: 'ag-${token}'
    alertName: 'alert-function-failures-${token}'
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    recipients: alertRecipients
  }
}

output AZURE_LOCATION string = location
output AZURE_FUNCTION_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output UPLOADS_CONTAINER string = uploadsContainer
output RESULTS_CONTAINER string = resultsContainer
