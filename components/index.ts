export * from "./multicloud-vm";
