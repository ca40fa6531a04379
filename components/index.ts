export * from "./multicloud-vm";
export * from "./multicloud-bucket";
export * from "./balanced-pool";
