/** lepton-multicloud: the sdk (units, catalog, placement, cost) and the Pulumi components. */
export * from "./sdk";
export * from "./components";
