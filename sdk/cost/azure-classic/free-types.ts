/**
 * Classic Azure provider (`azure:*`) types that Azure does not bill, with the reason: the same
 * scaffolding as their azure-native equivalents in ../free.ts.
 */
export const AZURE_CLASSIC_FREE_TYPES: Record<string, string> = {
  "azure:core/resourceGroup:ResourceGroup": "resource groups are not billed",
  "azure:network/virtualNetwork:VirtualNetwork": "virtual networks are not billed",
  "azure:network/subnet:Subnet": "subnets are not billed",
  "azure:network/networkSecurityGroup:NetworkSecurityGroup": "network security groups are not billed",
  "azure:network/networkSecurityRule:NetworkSecurityRule": "security rules are not billed",
  "azure:network/networkInterface:NetworkInterface": "network interfaces are not billed",
  "azure:network/subnetNetworkSecurityGroupAssociation:SubnetNetworkSecurityGroupAssociation":
    "associations are not billed",
  "azure:network/networkInterfaceSecurityGroupAssociation:NetworkInterfaceSecurityGroupAssociation":
    "associations are not billed",
  "azure:network/routeTable:RouteTable": "route tables are not billed",
  "azure:network/route:Route": "routes are not billed",
  "azure:network/subnetRouteTableAssociation:SubnetRouteTableAssociation": "associations are not billed",
  "azure:authorization/assignment:Assignment": "role assignments are not billed",
  "azure:authorization/userAssignedIdentity:UserAssignedIdentity": "managed identities are not billed",
  "azure:storage/container:Container": "containers are billed through their storage account",
};
