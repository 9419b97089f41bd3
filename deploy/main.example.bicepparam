// Example parameters: copy to main.bicepparam (or edit in place), then
//   POSTGRES_ADMIN_PASSWORD=... az deployment group create -g <rg> -f deploy/main.bicep -p deploy/main.example.bicepparam
// The password and the audit key are read from the environment so they never land in a file.
using 'main.bicep'

param baseName = 'securitybot'
param containerRegistryName = readEnvironmentVariable('ACR_NAME', 'contosoacr')
param containerImage = '${readEnvironmentVariable('ACR_NAME', 'contosoacr')}.azurecr.io/securitybot:${readEnvironmentVariable('IMAGE_TAG', '1.0.0')}'
param botAppType = 'UserAssignedMSI'
param postgresAdministratorLogin = 'securitybot'
param postgresAdministratorPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param auditKey = readEnvironmentVariable('AUDIT_KEY')
