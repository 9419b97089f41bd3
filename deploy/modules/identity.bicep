// The one identity SecurityBot runs as: it is the bot's Microsoft App ID (MicrosoftAppType=UserAssignedMSI),
// reads Key Vault secrets, pulls the image and calls Microsoft Graph. No client secret exists anywhere.
@description('Azure region.')
param location string

@description('Name of the user-assigned managed identity.')
param name string

param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output name string = identity.name
