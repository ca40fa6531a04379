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
  "gcp:compute/router:Router": "Cloud Router is not billed (the NAT and VPN tunnels on it are)",
  "gcp:compute/routerInterface:RouterInterface": "router interfaces are not billed",
  "gcp:compute/routerPeer:RouterPeer": "BGP sessions are not billed (the VPN tunnel or interconnect is)",
  "gcp:compute/routerNatAddress:RouterNatAddress": "NAT address bindings are not billed (the addresses are)",
  "gcp:compute/route:Route": "routes are not billed",
  "gcp:compute/networkPeering:NetworkPeering": "VPC peering is not billed (traffic across it is)",
  "gcp:compute/projectMetadata:ProjectMetadata": "project metadata is not billed",
  "gcp:compute/instanceGroup:InstanceGroup": "unmanaged instance groups are not billed (their instances are)",
  "gcp:compute/instanceGroupNamedPort:InstanceGroupNamedPort": "named ports are not billed",
  "gcp:compute/httpHealthCheck:HttpHealthCheck": "health checks are not billed",
  "gcp:compute/httpsHealthCheck:HttpsHealthCheck": "health checks are not billed",
  "gcp:compute/targetPool:TargetPool": "target pools are not billed (the forwarding rule is)",
  "gcp:compute/uRLMap:URLMap": "URL maps are not billed (the forwarding rule and the proxies' traffic are)",
  "gcp:compute/regionUrlMap:RegionUrlMap":
    "URL maps are not billed (the forwarding rule and the proxies' traffic are)",
  "gcp:compute/networkEndpointGroup:NetworkEndpointGroup": "network endpoint groups are not billed",
  "gcp:compute/regionNetworkEndpointGroup:RegionNetworkEndpointGroup":
    "network endpoint groups (serverless NEGs included) are not billed",
  "gcp:compute/globalNetworkEndpointGroup:GlobalNetworkEndpointGroup":
    "network endpoint groups are not billed",
  "gcp:compute/managedSslCertificate:ManagedSslCertificate": "Google-managed SSL certificates are not billed",
  "gcp:compute/sSLCertificate:SSLCertificate": "SSL certificate resources are not billed",
  "gcp:compute/regionSslCertificate:RegionSslCertificate": "SSL certificate resources are not billed",
  "gcp:compute/sSLPolicy:SSLPolicy": "SSL policies are not billed",
  "gcp:compute/regionSslPolicy:RegionSslPolicy": "SSL policies are not billed",
  "gcp:projects/service:Service": "enabling an API is not billed (its use is)",
  "gcp:organizations/project:Project": "projects are not billed (their resources are)",
  "gcp:organizations/folder:Folder": "folders are not billed",
  "gcp:projects/iAMCustomRole:IAMCustomRole": "IAM is not billed",
  "gcp:organizations/iAMCustomRole:IAMCustomRole": "IAM is not billed",
  "gcp:projects/organizationPolicy:OrganizationPolicy": "organization policies are not billed",
  "gcp:projects/apiKey:ApiKey": "API keys are not billed",
  "gcp:projects/defaultServiceAccounts:DefaultServiceAccounts": "service accounts are not billed",
  "gcp:serviceaccount/account:Account": "service accounts are not billed",
  "gcp:serviceaccount/key:Key": "service account keys are not billed",
  "gcp:sql/database:Database": "databases are billed through their Cloud SQL instance",
  "gcp:sql/user:User": "database users are billed through their Cloud SQL instance",
  "gcp:sql/sslCert:SslCert": "client certificates are not billed (the Cloud SQL instance is)",
  "gcp:storage/bucketObject:BucketObject":
    "objects are billed as their bucket's storage (priced on the bucket; one object is usually tiny)",
  "gcp:storage/hmacKey:HmacKey": "HMAC keys are not billed",
  "gcp:storage/bucketACL:BucketACL": "access control lists are not billed",
  "gcp:storage/bucketAccessControl:BucketAccessControl": "access control lists are not billed",
  "gcp:storage/defaultObjectACL:DefaultObjectACL": "access control lists are not billed",
  "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl": "access control lists are not billed",
  "gcp:storage/objectACL:ObjectACL": "access control lists are not billed",
  "gcp:storage/objectAccessControl:ObjectAccessControl": "access control lists are not billed",
  "gcp:kms/keyRing:KeyRing": "key rings are not billed (their key versions are)",
  "gcp:pubsub/schema:Schema": "Pub/Sub schemas are not billed",
  "gcp:cloudrun/domainMapping:DomainMapping": "domain mappings are not billed",
  "gcp:monitoring/dashboard:Dashboard": "Cloud Monitoring dashboards are not billed",
  // Every IAM member/binding/policy resource: IAM grants are not billed.
  ...Object.fromEntries(
    [
      "projects/iAMMember:IAMMember",
      "projects/iAMBinding:IAMBinding",
      "projects/iAMPolicy:IAMPolicy",
      "organizations/iAMMember:IAMMember",
      "organizations/iAMBinding:IAMBinding",
      "organizations/iAMPolicy:IAMPolicy",
      "serviceaccount/iAMMember:IAMMember",
      "serviceaccount/iAMBinding:IAMBinding",
      "serviceaccount/iAMPolicy:IAMPolicy",
      "storage/bucketIAMMember:BucketIAMMember",
      "storage/bucketIAMBinding:BucketIAMBinding",
      "storage/bucketIAMPolicy:BucketIAMPolicy",
      "pubsub/topicIAMMember:TopicIAMMember",
      "pubsub/topicIAMBinding:TopicIAMBinding",
      "pubsub/topicIAMPolicy:TopicIAMPolicy",
      "pubsub/subscriptionIAMMember:SubscriptionIAMMember",
      "pubsub/subscriptionIAMBinding:SubscriptionIAMBinding",
      "pubsub/subscriptionIAMPolicy:SubscriptionIAMPolicy",
      "cloudrun/iamMember:IamMember",
      "cloudrun/iamBinding:IamBinding",
      "cloudrun/iamPolicy:IamPolicy",
      "cloudrunv2/serviceIamMember:ServiceIamMember",
      "cloudrunv2/serviceIamBinding:ServiceIamBinding",
      "cloudrunv2/serviceIamPolicy:ServiceIamPolicy",
      "cloudrunv2/jobIamMember:JobIamMember",
      "cloudrunv2/jobIamBinding:JobIamBinding",
      "cloudrunv2/jobIamPolicy:JobIamPolicy",
      "cloudfunctions/functionIamMember:FunctionIamMember",
      "cloudfunctions/functionIamBinding:FunctionIamBinding",
      "cloudfunctions/functionIamPolicy:FunctionIamPolicy",
      "cloudfunctionsv2/functionIamMember:FunctionIamMember",
      "cloudfunctionsv2/functionIamBinding:FunctionIamBinding",
      "cloudfunctionsv2/functionIamPolicy:FunctionIamPolicy",
      "secretmanager/secretIamMember:SecretIamMember",
      "secretmanager/secretIamBinding:SecretIamBinding",
      "secretmanager/secretIamPolicy:SecretIamPolicy",
      "artifactregistry/repositoryIamMember:RepositoryIamMember",
      "artifactregistry/repositoryIamBinding:RepositoryIamBinding",
      "artifactregistry/repositoryIamPolicy:RepositoryIamPolicy",
      "kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
      "kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
      "kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy",
      "kms/keyRingIAMMember:KeyRingIAMMember",
      "kms/keyRingIAMBinding:KeyRingIAMBinding",
      "kms/keyRingIAMPolicy:KeyRingIAMPolicy",
      "bigquery/datasetIamMember:DatasetIamMember",
      "bigquery/datasetIamBinding:DatasetIamBinding",
      "bigquery/datasetIamPolicy:DatasetIamPolicy",
      "bigquery/iamMember:IamMember",
      "bigquery/iamBinding:IamBinding",
      "bigquery/iamPolicy:IamPolicy",
      "dns/dnsManagedZoneIamMember:DnsManagedZoneIamMember",
      "dns/dnsManagedZoneIamBinding:DnsManagedZoneIamBinding",
      "dns/dnsManagedZoneIamPolicy:DnsManagedZoneIamPolicy",
    ].map((t) => [`gcp:${t}`, "IAM is not billed"]),
  ),
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
  "gcp:filestore/instance:Instance":
    "Filestore bills provisioned capacity by service tier; no Filestore price is in the sources",
  "gcp:firestore/database:Database":
    "Firestore bills reads, writes, deletes and stored GB by usage; no Firestore price is in the sources",
  "gcp:bigtable/instance:Instance":
    "Bigtable bills nodes per hour and storage per GB; no Bigtable price is in the sources",
  "gcp:compute/securityPolicy:SecurityPolicy":
    "Cloud Armor bills per policy, rule and request; no Cloud Armor price is in the sources",
  "gcp:vpcaccess/connector:Connector":
    "Serverless VPC Access connectors bill the instances they run (e2-micro by default); no price in the sources",
  "gcp:cloudscheduler/job:Job":
    "Cloud Scheduler bills per job a month beyond the free ones; no price in the sources",
  "kubernetes:core/v1:PersistentVolumeClaim":
    "volume prices depend on the cluster's storage class; not in the Kubernetes profile",
};
