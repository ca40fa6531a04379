export * from "./config";
export * from "./cost-sink";
export * from "./placement";
export * from "./plain";
export * from "./providers";
export * from "./tags";
export * from "./transform";
