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
  "aws:s3/bucketVersioning:BucketVersioning":
    "bucket settings are not billed (stored versions are, as storage)",
  "aws:s3/bucketVersioningV2:BucketVersioningV2":
    "bucket settings are not billed (stored versions are, as storage)",
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration":
    "SSE-S3 encryption settings are not billed",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2":
    "SSE-S3 encryption settings are not billed",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": "bucket settings are not billed",
  "aws:s3/bucketPolicy:BucketPolicy": "bucket policies are not billed",
  "aws:s3/bucketOwnershipControls:BucketOwnershipControls": "bucket settings are not billed",
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration":
    "lifecycle rules are not billed (transitions are per request, not modelled)",
  "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2":
    "lifecycle rules are not billed (transitions are per request, not modelled)",
  "aws:route53/record:Record": "records are not billed (the hosted zone and queries are)",
  "azure-native:resources:ResourceGroup": "resource groups are not billed",
  "azure-native:network:VirtualNetwork": "virtual networks are not billed",
  "azure-native:network:Subnet": "subnets are not billed",
  "azure-native:network:NetworkSecurityGroup": "network security groups are not billed",
  "azure-native:network:NetworkInterface": "network interfaces are not billed",
  "azure-native:monitor:AutoscaleSetting": "autoscale settings are not billed",
  "azure-native:consumption:Budget": "cost management budgets are not billed",
  "azure-native:storage:BlobContainer": "containers are billed through their storage account",
  "azure-native:storage:ManagementPolicy": "lifecycle policies are not billed",
  "gcp:compute/network:Network": "VPC networks are not billed",
  "gcp:billing/budget:Budget": "billing budgets are not billed",
  "gcp:monitoring/notificationChannel:NotificationChannel": "notification channels are not billed",
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
  "kubernetes:networking.k8s.io/v1:NetworkPolicy": "network policies take no node capacity",
};

/**
 * Types that are billed but that the catalog has no citable price for: reported unpriced with the
 * reason, so a plan says what its total leaves out.
 */
export const KNOWN_UNPRICED: Record<string, string> = {
  "aws:cloudwatch/metricAlarm:MetricAlarm":
    "CloudWatch alarms are billed per alarm-month; no price in the catalog",
  "aws:route53/healthCheck:HealthCheck":
    "Route 53 health checks are billed per check-month; no price in the catalog",
  "aws:budgets/budget:Budget":
    "AWS Budgets bill budgets with actions beyond the free ones; no price in the catalog",
  "azure-native:monitor:MetricAlert":
    "Azure Monitor metric alerts are billed per monitored series; no price in the catalog",
  "gcp:monitoring/alertPolicy:AlertPolicy":
    "Cloud Monitoring alert policies are billed per condition; no price in the catalog",
  "kubernetes:helm.sh/v3:Release":
    "Helm charts render their resources on the cluster; offline their workloads are not known",
  "kubernetes:helm.sh/v3:Chart":
    "Helm charts render their resources on the cluster; offline their workloads are not known",
  "kubernetes:helm.sh/v4:Chart":
    "Helm charts render their resources on the cluster; offline their workloads are not known",
  "kubernetes:kustomize:Directory":
    "kustomize builds its resources with the kustomize tool, which does not run offline; their workloads are not known",
  "kubernetes:kustomize/v2:Directory":
    "kustomize builds its resources with the kustomize tool, which does not run offline; their workloads are not known",
};
