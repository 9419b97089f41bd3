// Log Analytics workspace that receives the container's console logs (structured logging from the host).
param location string
param name string
param tags object = {}

@description('Days to keep logs.')
@minValue(30)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

output name string = workspace.name
