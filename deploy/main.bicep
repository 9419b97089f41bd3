// SecurityBot in one resource group: managed identity, Log Analytics, Key Vault, PostgreSQL flexible server,
// Container Apps (the host), and the Azure Bot with the Teams channel. See deploy/README.md for the order of
// steps around it (registry and image first, Graph permissions and the Teams app package after).
targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Lower-case prefix of resource names (letters, digits, dashes).')
@minLength(3)
@maxLength(16)
param baseName string = 'securitybot'

@description('Name of an existing Azure Container Registry in this resource group that holds the image.')
param containerRegistryName string

@description('Image reference, e.g. contosoacr.azurecr.io/securitybot:1.0.0 (built from deploy/Dockerfile).')
param containerImage string

@description('UserAssignedMSI (recommended: the managed identity is the bot, no secret) or SingleTenant (an Entra app registration with a client secret).')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s Application (client) ID.')
param botAppId string = ''

@description('SingleTenant only: the app registration\'s client secret; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string = ''

@description('Bot:AllowedTenantIds — Entra tenants whose Teams users may talk to the bot. Defaults to this tenant.')
param allowedTenantIds array = [tenant().tenantId]

@description('PostgreSQL administrator login.')
param postgresAdministratorLogin string = 'securitybot'

@description('PostgreSQL administrator password (letters, digits, - and _ only: it goes into a connection string).')
@secure()
@minLength(16)
param postgresAdministratorPassword string

@description('Audit:Key — base64 HMAC key of at least 32 random bytes (openssl rand -base64 32) that signs the audit chain; stored in Key Vault, never in app settings. The host refuses to start without it.')
@secure()
@minLength(44)
param auditKey string

@description('Audit:KeyId — the name of auditKey, stored with every audit entry it signs. Give a new key a new id (and keep the old one as Audit__RetiredKeys__<id>).')
param auditKeyId string = 'initial'

@description('More app settings in environment-variable form, e.g. { "Incidents__EscalationMinutes": "30" }.')
param additionalAppSettings object = {}

@description('Key Vault purge protection; it cannot be switched off later. Keep true outside throwaway test deployments.')
param keyVaultPurgeProtection bool = true

@description('Azure Bot pricing tier; Teams is a standard channel, so F0 has no message quota for it.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

param tags object = {
  application: 'SecurityBot'
}

var name = toLower(baseName)
var suffix = uniqueString(resourceGroup().id)
var tenantId = tenant().tenantId
var usesManagedIdentityAsBot = botAppType == 'UserAssignedMSI'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: 'id-${name}'
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    name: 'log-${name}'
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    name: 'psql-${name}-${suffix}'
    tags: tags
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: 'kv-${take(name, 8)}-${take(suffix, 10)}'
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    enablePurgeProtection: keyVaultPurgeProtection
    // VerifyFull: encrypted and the server certificate checked against the image's CA store.
    databaseConnectionString: 'Host=${postgres.outputs.fqdn};Port=5432;Database=${postgres.outputs.databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=VerifyFull'
    botAppPassword: usesManagedIdentityAsBot ? '' : botAppPassword
    storeBotAppPassword: !usesManagedIdentityAsBot
    auditKey: auditKey
  }
}

module registryPull 'modules/registry-pull.bicep' = {
  name: 'registry-pull'
  params: {
    registryName: containerRegistryName
    pullerPrincipalId: identity.outputs.principalId
  }
}

// The documented configuration keys (README "Configuration"), in environment-variable form.
var botSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: usesManagedIdentityAsBot ? identity.outputs.clientId : botAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
]
// A single-tenant bot gets its outbound tokens from its own tenant, not from botframework.com.
var singleTenantSettings = usesManagedIdentityAsBot ? [] : [
  { name: 'ToChannelFromBotLoginUrl', value: '${environment().authentication.loginEndpoint}${tenantId}' }
]
var tenantSettings = map(range(0, length(allowedTenantIds)), i => {
  name: 'Bot__AllowedTenantIds__${i}'
  value: allowedTenantIds[i]
})
var dataSettings = [
  { name: 'Audit__KeyId', value: auditKeyId }
  { name: 'Database__Provider', value: 'PostgreSQL' }
  { name: 'Directory__Provider', value: 'Graph' }
  { name: 'Directory__Graph__TenantId', value: tenantId }
  { name: 'Directory__Graph__ManagedIdentityClientId', value: identity.outputs.clientId }
  // Azure.Identity's DefaultAzureCredential/ManagedIdentityCredential select the user-assigned identity by these.
  { name: 'AZURE_CLIENT_ID', value: identity.outputs.clientId }
  { name: 'AZURE_TENANT_ID', value: tenantId }
]
var extraSettings = map(items(additionalAppSettings), s => {
  name: s.key
  value: string(s.value)
})

var databaseSecret = [
  {
    name: 'ConnectionStrings__SecurityBot'
    secretName: 'database-connection'
    secretUri: vault.outputs.databaseConnectionSecretUri
  }
]
var auditSecret = [
  {
    name: 'Audit__Key'
    secretName: 'audit-key'
    secretUri: vault.outputs.auditKeySecretUri
  }
]
var botSecret = usesManagedIdentityAsBot ? [] : [
  {
    name: 'MicrosoftAppPassword'
    secretName: 'microsoft-app-password'
    secretUri: vault.outputs.botAppSecretReference
  }
]

module app 'modules/container-app.bicep' = {
  name: 'container-app'
  params: {
    location: location
    tags: tags
    environmentName: 'cae-${name}'
    name: name
    workspaceName: monitoring.outputs.name
    identityId: identity.outputs.id
    registryServer: registryPull.outputs.loginServer
    image: containerImage
    settings: concat(botSettings, singleTenantSettings, tenantSettings, dataSettings, extraSettings)
    secretSettings: concat(databaseSecret, auditSecret, botSecret)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${name}-${suffix}'
    tags: tags
    endpoint: 'https://${app.outputs.fqdn}/api/messages'
    msaAppType: botAppType
    msaAppId: usesManagedIdentityAsBot ? identity.outputs.clientId : botAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: usesManagedIdentityAsBot ? identity.outputs.id : ''
    sku: botSku
  }
}

@description('BOT_DOMAIN for manifest/build.mjs.')
output botDomain string = app.outputs.fqdn

@description('MICROSOFT_APP_ID for manifest/build.mjs.')
output microsoftAppId string = usesManagedIdentityAsBot ? identity.outputs.clientId : botAppId

output messagingEndpoint string = 'https://${app.outputs.fqdn}/api/messages'

@description('Object id of the managed identity\'s service principal: grant it the Graph application permissions.')
output identityPrincipalId string = identity.outputs.principalId

output botName string = bot.outputs.name
output keyVaultName string = vault.outputs.name
output postgresServerName string = postgres.outputs.name
output containerAppName string = app.outputs.name
