// The policy benchmark's baseline: the same protocol round trips, no rule work.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS pack, as users write them
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("lepton-bench-noop", {
  policies: [
    {
      name: "noop",
      description: "Does nothing.",
      enforcementLevel: "advisory",
      validateResource: () => {},
    },
  ],
});
