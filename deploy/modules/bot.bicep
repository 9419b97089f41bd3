// The Azure Bot resource (Bot Framework registration) with the Microsoft Teams channel. Teams sends activities
// to `endpoint`; the bot authenticates outbound calls as `msaAppId`.
@description('Globally unique bot handle.')
param name string

param displayName string = 'SecurityBot'
param tags object = {}

@description('Messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('MicrosoftAppId: the managed identity\'s client id (UserAssignedMSI) or the app registration\'s client id (SingleTenant).')
param msaAppId string

@allowed(['UserAssignedMSI', 'SingleTenant'])
param msaAppType string

@description('Entra tenant the identity lives in (MicrosoftAppTenantId).')
param msaAppTenantId string

@description('Resource id of the user-assigned managed identity; used only when msaAppType is UserAssignedMSI.')
param msaAppMSIResourceId string = ''

@allowed(['F0', 'S1'])
@description('F0 is enough for Teams: it is a standard channel with no message quota.')
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: msaAppId
    msaAppType: msaAppType
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? msaAppMSIResourceId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
