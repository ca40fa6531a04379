export * from "./multicloud-vm";
export * from "./multicloud-bucket";
