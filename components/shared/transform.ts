import * as pulumi from "@pulumi/pulumi";

/**
 * An escape hatch per child: either properties merged over the component's args for that child,
 * or a function that edits the args and options in place (or returns replacements).
 */
export type Transform<Args> =
  | Partial<Args>
  | ((
      args: Args,
      opts: pulumi.CustomResourceOptions,
      name: string,
    ) => void | { args: Args; opts?: pulumi.CustomResourceOptions });

/** Applies a user transform to a child's args and options before it is created. */
export function applyTransform<Args extends object>(
  name: string,
  args: Args,
  opts: pulumi.CustomResourceOptions,
  transform: Transform<Args> | undefined,
): [Args, pulumi.CustomResourceOptions] {
  if (!transform) return [args, opts];
  if (typeof transform === "function") {
    const result = transform(args, opts, name);
    return result ? [result.args, result.opts ?? opts] : [args, opts];
  }
  return [{ ...args, ...transform }, opts];
}

/** Creates a child after the user's transform for its kind, if any. */
export function child<Args extends object, R>(
  Ctor: new (name: string, args: Args, opts?: pulumi.CustomResourceOptions) => R,
  name: string,
  args: Args,
  opts: pulumi.CustomResourceOptions,
  transform: Transform<Args> | undefined,
): R {
  const [a, o] = applyTransform(name, args, opts, transform);
  return new Ctor(name, a, o);
}
