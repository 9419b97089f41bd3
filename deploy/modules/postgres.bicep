// Azure Database for PostgreSQL flexible server with SecurityBot's database (Database:Provider=PostgreSQL).
// Public endpoint restricted to Azure-internal traffic and TLS-only; see deploy/README.md for private networking.
param location string
param name string
param tags object = {}

@description('Administrator login; the app connects with it unless you create a narrower role (deploy/README.md).')
param administratorLogin string

@secure()
param administratorPassword string

@description('Database the app uses.')
param databaseName string = 'securitybot'

@description('PostgreSQL major version.')
@allowed(['14', '15', '16'])
param version string = '16'

@description('Compute size; Burstable B1ms is enough for one organisation\'s bot traffic.')
param skuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param skuTier string = 'Burstable'

param storageSizeGB int = 32

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's convention for "connections from Azure services" (the Container Apps environment's
// outbound addresses are not fixed on the consumption plan). Nothing from the internet at large gets through.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// TLS is required by default on flexible server; pinning it here keeps a later portal change from weakening it.
resource requireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2025-08-01' = {
  parent: server
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
}

output fqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
output name string = server.name
