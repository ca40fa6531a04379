import type * as pulumi from "@pulumi/pulumi";
import { expect } from "vitest";
import { ofType, Recorded, settleAll } from "./mocks";

// Recorded inputs are plain JSON; tests read them loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Props = Record<string, any>;

/**
 * Builds components under the mocks and reads back what they registered: `build` returns the
 * custom resources named after the component, `fails` asserts a construction error that left
 * nothing of the component behind.
 */
export function componentKit<Args, C>(
  recorded: () => Recorded[],
  make: (name: string, args: Args, opts?: pulumi.ComponentResourceOptions) => C,
) {
  const quiesce = () => settleAll(recorded());
  async function build(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
    const component = make(name, args, opts);
    await quiesce();
    const children = recorded().filter((r) => r.custom && r.name.startsWith(`${name}-`));
    const all = (type: string): Props[] => ofType(children, type).map((r) => r.inputs as Props);
    const one = (type: string): Props => {
      const found = all(type);
      expect(found, type).toHaveLength(1);
      return found[0];
    };
    return { component, children, all, one };
  }
  async function fails(name: string, args: Args, message: RegExp): Promise<Error> {
    let error: Error | undefined;
    try {
      make(name, args);
    } catch (e) {
      error = e as Error;
    }
    expect(error, "construction should fail").toBeDefined();
    expect(error!.message).toMatch(message);
    await quiesce();
    expect(recorded().filter((r) => r.name === name || r.name.startsWith(`${name}-`))).toEqual([]);
    return error!;
  }
  return { build, fails, quiesce };
}
