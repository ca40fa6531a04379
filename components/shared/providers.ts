import type { Provider as AwsProvider } from "@pulumi/aws/provider";
import type { Provider as AzureProvider } from "@pulumi/azure-native/provider";
import type { Provider as GcpProvider } from "@pulumi/gcp/provider";
import type { Provider as KubernetesProvider } from "@pulumi/kubernetes/provider";

/**
 * Explicit providers per target, passed to every child on that target. With an explicit provider,
 * set `placement.region` too: a provider's region is an Input that placement cannot read.
 * @default the default providers
 */
export interface ProviderMap {
  aws?: AwsProvider;
  azure?: AzureProvider;
  gcp?: GcpProvider;
  kubernetes?: KubernetesProvider;
}
