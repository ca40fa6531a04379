/**
 * Resource types the clouds do not bill by themselves (networking scaffolding, templates, policies,
 * Kubernetes objects that take no node capacity). Priced 0 with that stated, so a plan can tell them
 * from types the engine does not know.
 */
export const FREE_TYPES: Record<string, string> = {
  "aws:ec2/vpc:Vpc": "VPCs are not billed",
  "aws:ec2/subnet:Subnet": "subnets are not billed",
  "aws:ec2/securityGroup:SecurityGroup": "security groups are not billed",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "security group rules are not billed",
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": "security group rules are not billed",
  "aws:ec2/securityGroupRule:SecurityGroupRule": "security group rules are not billed",
  "aws:ec2/internetGateway:InternetGateway": "internet gateways are not billed (traffic is)",
  "aws:ec2/routeTable:RouteTable": "route tables are not billed",
  "aws:ec2/routeTableAssociation:RouteTableAssociation": "route table associations are not billed",
  "aws:ec2/launchTemplate:LaunchTemplate": "launch templates are not billed (the instances are)",
  "aws:ec2/keyPair:KeyPair": "key pairs are not billed",
  "aws:ec2/volumeAttachment:VolumeAttachment": "volume attachments are not billed (the volume is)",
  "aws:autoscaling/policy:Policy": "scaling policies are not billed",
  "aws:lb/targetGroup:TargetGroup": "target groups are not billed (the load balancer is)",
  "aws:lb/listener:Listener": "listeners are not billed (the load balancer is)",
  "aws:iam/role:Role": "IAM is not billed",
  "azure-native:resources:ResourceGroup": "resource groups are not billed",
  "azure-native:network:VirtualNetwork": "virtual networks are not billed",
  "azure-native:network:Subnet": "subnets are not billed",
  "azure-native:network:NetworkSecurityGroup": "network security groups are not billed",
  "azure-native:network:NetworkInterface": "network interfaces are not billed",
  "azure-native:insights:AutoscaleSetting": "autoscale settings are not billed",
  "azure-native:storage:BlobContainer": "containers are billed through their storage account",
  "azure-native:storage:ManagementPolicy": "lifecycle policies are not billed",
  "gcp:compute/network:Network": "VPC networks are not billed",
  "gcp:compute/subnetwork:Subnetwork": "subnetworks are not billed",
  "gcp:compute/firewall:Firewall": "firewall rules are not billed",
  "gcp:compute/instanceTemplate:InstanceTemplate": "instance templates are not billed (the instances are)",
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate":
    "instance templates are not billed (the instances are)",
  "gcp:compute/regionAutoscaler:RegionAutoscaler": "autoscalers are not billed",
  "gcp:compute/autoscaler:Autoscaler": "autoscalers are not billed",
  "gcp:compute/healthCheck:HealthCheck": "health checks are not billed",
  "gcp:compute/regionHealthCheck:RegionHealthCheck": "health checks are not billed",
  "gcp:compute/regionBackendService:RegionBackendService":
    "backend services are not billed (forwarding rules and traffic are)",
  "gcp:compute/backendService:BackendService":
    "backend services are not billed (forwarding rules and traffic are)",
  "kubernetes:core/v1:Namespace": "namespaces take no node capacity",
  "kubernetes:core/v1:ConfigMap": "config maps take no node capacity",
  "kubernetes:core/v1:Secret": "secrets take no node capacity",
  "kubernetes:core/v1:ServiceAccount": "service accounts take no node capacity",
  "kubernetes:autoscaling/v2:HorizontalPodAutoscaler":
    "autoscalers take no node capacity (the replicas they add are priced on the workload)",
  "kubernetes:policy/v1:PodDisruptionBudget": "disruption budgets take no node capacity",
};
