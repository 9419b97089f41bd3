// Key Vault holding SecurityBot's secrets. RBAC-authorised: the app's identity gets "Key Vault Secrets User"
// (read secret values) and nothing else; the container app references the secrets by URI, so values never
// appear in the app's configuration.
param location string
param name string
param tags object = {}

@description('Principal id of the managed identity that reads the secrets.')
param readerPrincipalId string

@description('ADO.NET connection string of the PostgreSQL database (ConnectionStrings:SecurityBot).')
@secure()
param databaseConnectionString string

@description('Client secret of the bot\'s app registration (MicrosoftAppPassword); empty when the bot runs as a managed identity.')
@secure()
param botAppPassword string = ''

@description('True when botAppPassword is given (the bot uses an app registration with a client secret).')
param storeBotAppPassword bool = false

@description('HMAC key of the audit chain (Audit:Key), base64.')
@secure()
param auditKey string

@description('Purge protection cannot be turned off once on; keep true for production.')
param enablePurgeProtection bool = true

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource databaseSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'securitybot-database-connection'
  properties: {
    value: databaseConnectionString
    contentType: 'text/plain'
  }
}

resource auditKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'securitybot-audit-key'
  properties: {
    value: auditKey
    contentType: 'text/plain'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (storeBotAppPassword) {
  parent: vault
  name: 'securitybot-microsoft-app-password'
  properties: {
    value: botAppPassword
    contentType: 'text/plain'
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Versionless secret URIs: the app picks up a rotated value on its next revision or restart.
output auditKeySecretUri string = '${vault.properties.vaultUri}secrets/${auditKeySecret.name}'
output databaseConnectionSecretUri string = '${vault.properties.vaultUri}secrets/${databaseSecret.name}'
output botAppSecretReference string = storeBotAppPassword ? '${vault.properties.vaultUri}secrets/securitybot-microsoft-app-password' : ''
output name string = vault.name
