// The SecurityBot host on Azure Container Apps: one container on port 8080 behind HTTPS ingress, running as the
// user-assigned identity, configuration as environment variables and secrets as Key Vault references.
param location string
param tags object = {}

@description('Name of the Container Apps environment.')
param environmentName string

@description('Name of the container app; also the first label of its default host name.')
param name string

@description('Existing Log Analytics workspace (in this resource group) that receives console logs.')
param workspaceName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Registry login server, e.g. contosoacr.azurecr.io; pulled with identityId.')
param registryServer string

@description('Image to run, e.g. contosoacr.azurecr.io/securitybot:1.0.0.')
param image string

@description('Plain settings: [{ name, value }], names in environment-variable form (Section__Key).')
param settings array

@description('Settings whose values live in Key Vault: [{ name, secretName, secretUri }].')
param secretSettings array

@description('At least one replica always runs: the outbox dispatcher and escalation timers are background work.')
@minValue(1)
param minReplicas int = 1

@maxValue(10)
param maxReplicas int = 3

@description('vCPU per replica, as a string because Bicep has no decimals (0.5 with 1Gi is a valid pair).')
param cpu string = '0.5'
param memory string = '1Gi'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' existing = {
  name: workspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
        traffic: [
          {
            latestRevision: true
            weight: 100
          }
        ]
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [for s in secretSettings: {
        name: s.secretName
        keyVaultUrl: s.secretUri
        identity: identityId
      }]
    }
    template: {
      containers: [
        {
          name: 'securitybot'
          image: image
          resources: {
            cpu: json(cpu)
            memory: memory
          }
          env: concat(settings, map(secretSettings, s => {
            name: s.name
            secretRef: s.secretName
          }))
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: 8080
              }
              initialDelaySeconds: 2
              periodSeconds: 3
              failureThreshold: 20
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: 8080
              }
              periodSeconds: 30
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
}

@description('Default host name, e.g. securitybot.kindsea-1234.westeurope.azurecontainerapps.io (BOT_DOMAIN).')
output fqdn string = app.properties.configuration.ingress.fqdn
output name string = app.name
