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
  "aws:iam/policy:Policy": "IAM is not billed",
  "aws:iam/rolePolicy:RolePolicy": "IAM is not billed",
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment": "IAM is not billed",
  "aws:iam/policyAttachment:PolicyAttachment": "IAM is not billed",
  "aws:iam/instanceProfile:InstanceProfile": "IAM is not billed",
  "aws:iam/user:User": "IAM is not billed",
  "aws:iam/group:Group": "IAM is not billed",
  "aws:iam/userPolicy:UserPolicy": "IAM is not billed",
  "aws:iam/groupPolicy:GroupPolicy": "IAM is not billed",
  "aws:iam/userPolicyAttachment:UserPolicyAttachment": "IAM is not billed",
  "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": "IAM is not billed",
  "aws:iam/groupMembership:GroupMembership": "IAM is not billed",
  "aws:iam/accessKey:AccessKey": "IAM is not billed",
  "aws:iam/serviceLinkedRole:ServiceLinkedRole": "IAM is not billed",
  "aws:iam/openIdConnectProvider:OpenIdConnectProvider": "IAM is not billed",
  "aws:lambda/permission:Permission": "Lambda permissions are not billed",
  "aws:lambda/alias:Alias": "aliases are not billed (invocations are, on the function)",
  "aws:lambda/eventSourceMapping:EventSourceMapping":
    "event source mappings are not billed (invocations are, on the function)",
  "aws:lambda/functionUrl:FunctionUrl": "function URLs are not billed (requests are, on the function)",
  "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig": "invoke settings are not billed",
  "aws:lambda/layerVersion:LayerVersion": "layers are not billed (they count toward the code storage quota)",
  "aws:ecs/taskDefinition:TaskDefinition":
    "task definitions are not billed (the tasks a service or run starts are)",
  "aws:ecs/cluster:Cluster": "ECS clusters are not billed (their Fargate tasks and EC2 instances are)",
  "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders": "capacity provider settings are not billed",
  "aws:ecs/capacityProvider:CapacityProvider":
    "capacity providers are not billed (the instances they scale are)",
  "aws:eks/addon:Addon":
    "EKS add-ons are not billed by EKS (Marketplace add-ons bill through the Marketplace)",
  "aws:eks/accessEntry:AccessEntry": "access entries are not billed",
  "aws:eks/accessPolicyAssociation:AccessPolicyAssociation": "access policy associations are not billed",
  "aws:eks/podIdentityAssociation:PodIdentityAssociation": "pod identity associations are not billed",
  "aws:eks/identityProviderConfig:IdentityProviderConfig": "identity provider configs are not billed",
  "aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter":
    "subscription filters are not billed (delivered data is, at its destination)",
  "aws:cloudwatch/logStream:LogStream":
    "log streams are not billed (ingestion and storage are, on the log group)",
  "aws:cloudwatch/eventRule:EventRule": "rules are not billed (custom events are, on the event bus)",
  "aws:cloudwatch/eventTarget:EventTarget": "rule targets are not billed (the invoked service is)",
  "aws:sns/topicSubscription:TopicSubscription":
    "subscriptions are not billed (deliveries are, on the topic)",
  "aws:sns/topicPolicy:TopicPolicy": "topic policies are not billed",
  "aws:sqs/queuePolicy:QueuePolicy": "queue policies are not billed",
  "aws:sqs/redrivePolicy:RedrivePolicy": "redrive policies are not billed",
  "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy": "redrive policies are not billed",
  "aws:ec2/route:Route": "routes are not billed",
  "aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation": "route table associations are not billed",
  "aws:ec2/defaultRouteTable:DefaultRouteTable": "route tables are not billed",
  "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "security groups are not billed",
  "aws:ec2/defaultVpc:DefaultVpc": "VPCs are not billed",
  "aws:ec2/defaultSubnet:DefaultSubnet": "subnets are not billed",
  "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl": "network ACLs are not billed",
  "aws:ec2/networkAcl:NetworkAcl": "network ACLs are not billed",
  "aws:ec2/networkAclRule:NetworkAclRule": "network ACL rules are not billed",
  "aws:ec2/networkAclAssociation:NetworkAclAssociation": "network ACL associations are not billed",
  "aws:ec2/vpcDhcpOptions:VpcDhcpOptions": "DHCP option sets are not billed",
  "aws:ec2/vpcDhcpOptionsAssociation:VpcDhcpOptionsAssociation": "DHCP option sets are not billed",
  "aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway":
    "egress-only internet gateways are not billed (traffic is)",
  "aws:ec2/internetGatewayAttachment:InternetGatewayAttachment": "gateway attachments are not billed",
  "aws:ec2/vpcPeeringConnection:VpcPeeringConnection":
    "peering connections are not billed (cross-zone and cross-region traffic is)",
  "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter":
    "peering connections are not billed (traffic is)",
  "aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation": "CIDR associations are not billed",
  "aws:ec2/networkInterface:NetworkInterface":
    "network interfaces are not billed (a public IPv4 address on one is)",
  "aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment": "interface attachments are not billed",
  "aws:ec2/eipAssociation:EipAssociation": "associations are not billed (the Elastic IP is)",
  "aws:ec2/placementGroup:PlacementGroup": "placement groups are not billed",
  "aws:ec2/flowLog:FlowLog":
    "flow logs are not billed by themselves (their delivered logs are, at the destination log group or bucket)",
  "aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation":
    "endpoint associations are not billed",
  "aws:vpc/securityGroupVpcAssociation:SecurityGroupVpcAssociation":
    "security group associations are not billed",
  "aws:lb/targetGroupAttachment:TargetGroupAttachment": "target registrations are not billed",
  "aws:lb/listenerRule:ListenerRule": "listener rules are not billed (rule evaluations count toward LCUs)",
  "aws:lb/listenerCertificate:ListenerCertificate": "listener certificates are not billed",
  "aws:alb/targetGroup:TargetGroup": "target groups are not billed (the load balancer is)",
  "aws:alb/listener:Listener": "listeners are not billed (the load balancer is)",
  "aws:alb/listenerRule:ListenerRule": "listener rules are not billed (rule evaluations count toward LCUs)",
  "aws:alb/targetGroupAttachment:TargetGroupAttachment": "target registrations are not billed",
  "aws:autoscaling/attachment:Attachment": "group attachments are not billed",
  "aws:autoscaling/lifecycleHook:LifecycleHook": "lifecycle hooks are not billed",
  "aws:autoscaling/schedule:Schedule": "scheduled actions are not billed",
  "aws:autoscaling/notification:Notification":
    "group notifications are not billed (SNS deliveries are, on the topic)",
  "aws:appautoscaling/target:Target": "Application Auto Scaling is not billed (the capacity it adds is)",
  "aws:appautoscaling/policy:Policy": "Application Auto Scaling is not billed (the capacity it adds is)",
  "aws:apigateway/deployment:Deployment": "deployments are not billed (requests are, on the API)",
  "aws:apigateway/resource:Resource": "API resources are not billed (requests are, on the API)",
  "aws:apigateway/method:Method": "methods are not billed (requests are, on the API)",
  "aws:apigateway/integration:Integration": "integrations are not billed (requests are, on the API)",
  "aws:apigateway/methodResponse:MethodResponse": "method responses are not billed",
  "aws:apigateway/integrationResponse:IntegrationResponse": "integration responses are not billed",
  "aws:apigateway/methodSettings:MethodSettings": "method settings are not billed",
  "aws:apigateway/authorizer:Authorizer":
    "authorizers are not billed (a Lambda authorizer's invocations are, on the function)",
  "aws:apigateway/model:Model": "models are not billed",
  "aws:apigateway/requestValidator:RequestValidator": "request validators are not billed",
  "aws:apigateway/response:Response": "gateway responses are not billed",
  "aws:apigateway/restApiPolicy:RestApiPolicy": "API policies are not billed",
  "aws:apigateway/account:Account": "account settings are not billed",
  "aws:apigateway/apiKey:ApiKey": "API keys are not billed",
  "aws:apigateway/usagePlan:UsagePlan": "usage plans are not billed",
  "aws:apigateway/usagePlanKey:UsagePlanKey": "usage plan keys are not billed",
  "aws:apigateway/basePathMapping:BasePathMapping": "base path mappings are not billed",
  "aws:apigateway/domainName:DomainName": "custom domain names are not billed",
  "aws:apigatewayv2/stage:Stage": "HTTP and WebSocket API stages are not billed (requests are, on the API)",
  "aws:apigatewayv2/route:Route": "routes are not billed (requests are, on the API)",
  "aws:apigatewayv2/integration:Integration": "integrations are not billed (requests are, on the API)",
  "aws:apigatewayv2/deployment:Deployment": "deployments are not billed",
  "aws:apigatewayv2/authorizer:Authorizer":
    "authorizers are not billed (a Lambda authorizer's invocations are, on the function)",
  "aws:apigatewayv2/domainName:DomainName": "custom domain names are not billed",
  "aws:apigatewayv2/apiMapping:ApiMapping": "API mappings are not billed",
  "aws:apigatewayv2/vpcLink:VpcLink": "VPC links for HTTP APIs are not billed",
  "aws:s3/bucketObject:BucketObject":
    "objects are billed as the bucket's storage (a small object adds a negligible amount, not counted here)",
  "aws:s3/bucketObjectv2:BucketObjectv2":
    "objects are billed as the bucket's storage (a small object adds a negligible amount, not counted here)",
  "aws:s3/bucketAcl:BucketAcl": "bucket settings are not billed",
  "aws:s3/bucketAclV2:BucketAclV2": "bucket settings are not billed",
  "aws:s3/bucketCorsConfiguration:BucketCorsConfiguration": "bucket settings are not billed",
  "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2": "bucket settings are not billed",
  "aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration":
    "bucket settings are not billed (requests and transfer are)",
  "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2":
    "bucket settings are not billed (requests and transfer are)",
  "aws:s3/bucketLogging:BucketLogging":
    "access logging is not billed (the logs are stored, and billed, in the target bucket)",
  "aws:s3/bucketLoggingV2:BucketLoggingV2":
    "access logging is not billed (the logs are stored, and billed, in the target bucket)",
  "aws:s3/bucketNotification:BucketNotification": "event notifications are not billed",
  "aws:rds/subnetGroup:SubnetGroup": "subnet groups are not billed",
  "aws:rds/parameterGroup:ParameterGroup": "parameter groups are not billed",
  "aws:rds/clusterParameterGroup:ClusterParameterGroup": "parameter groups are not billed",
  "aws:rds/optionGroup:OptionGroup": "option groups are not billed (licensed options bill on the instance)",
  "aws:elasticache/subnetGroup:SubnetGroup": "subnet groups are not billed",
  "aws:elasticache/parameterGroup:ParameterGroup": "parameter groups are not billed",
  "aws:dynamodb/tableItem:TableItem":
    "items are billed as the table's storage (one item adds a negligible amount, not counted here)",
  "aws:ecr/lifecyclePolicy:LifecyclePolicy": "lifecycle policies are not billed",
  "aws:ecr/repositoryPolicy:RepositoryPolicy": "repository policies are not billed",
  "aws:kms/alias:Alias": "key aliases are not billed",
  "aws:kms/grant:Grant": "grants are not billed",
  "aws:secretsmanager/secretVersion:SecretVersion": "versions are not billed (the secret is)",
  "aws:secretsmanager/secretPolicy:SecretPolicy": "secret policies are not billed",
  "aws:secretsmanager/secretRotation:SecretRotation":
    "rotation is not billed (the rotation Lambda's invocations are)",
  "aws:route53/zoneAssociation:ZoneAssociation": "zone associations are not billed",
  "aws:acm/certificateValidation:CertificateValidation": "certificate validation is not billed",
  "aws:efs/mountTarget:MountTarget":
    "mount targets are not billed (storage and throughput are, on the file system)",
  "aws:efs/accessPoint:AccessPoint": "access points are not billed",
  "aws:efs/fileSystemPolicy:FileSystemPolicy": "file system policies are not billed",
  "aws:efs/backupPolicy:BackupPolicy": "the backup setting is not billed (AWS Backup storage is)",
  "aws:cloudfront/originAccessControl:OriginAccessControl": "origin access controls are not billed",
  "aws:cloudfront/originAccessIdentity:OriginAccessIdentity": "origin access identities are not billed",
  "aws:cloudfront/cachePolicy:CachePolicy": "cache policies are not billed",
  "aws:cloudfront/originRequestPolicy:OriginRequestPolicy": "origin request policies are not billed",
  "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy": "response headers policies are not billed",
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
  "aws:budgets/budget:Budget":
    "AWS Budgets bill budgets with actions beyond the free ones; no price in the catalog",
  "azure-native:monitor:MetricAlert":
    "Azure Monitor metric alerts are billed per monitored series; no price in the catalog",
  "gcp:monitoring/alertPolicy:AlertPolicy":
    "Cloud Monitoring alert policies are billed per condition; no price in the catalog",
  "kubernetes:core/v1:PersistentVolumeClaim":
    "volume prices depend on the cluster's storage class; not in the Kubernetes profile",
};
