// Tells the operators when function invocations fail, independently of the app's own email alerts (which cannot
// report that the app itself is down): a metric alert on failed requests in Application Insights (every function
// invocation is a request there), mailed through an action group.
param actionGroupName string
param alertName string
param tags object

param applicationInsightsId string

@description('Email addresses that receive the platform alert.')
param recipients string[]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'cfns-fail'
    enabled: true
    emailReceivers: [
      for (address, i) in recipients: {
        name: 'recipient-${i}'
        emailAddress: address
        useCommonAlertSchema: true
      }
    ]
  }
}

resource failures 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: alertName
  location: 'global'
  tags: tags
  properties: {
    description: 'Function invocations failed (函数执行失败): see the failures blade of Application Insights.'
    severity: 2
    enabled: true
    scopes: [
      applicationInsightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    autoMitigate: true
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'FailedInvocations'
          metricNamespace: 'microsoft.insights/components'
          metricName: 'requests/failed'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Count'
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

output alertName string = failures.name
