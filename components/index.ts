export * from "./multicloud-vm";
export * from "./multicloud-bucket";
export * from "./balanced-pool";
export * from "./budgeted-stack";
