import type { Issue } from "../../sdk/errors";

/** AWS caps user data at 16 KB before encoding, the smallest limit of the clouds. */
export const USER_DATA_MAX_BYTES = 16 * 1024;

/** Checks a boot script (shell script or `#cloud-config`): a string within every cloud's size limit. */
export function checkUserData(value: unknown, path = "userData"): Issue[] {
  if (value === undefined) return [];
  if (typeof value !== "string")
    return [{ path, value, expected: "use a string: a shell script or a #cloud-config document" }];
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > USER_DATA_MAX_BYTES)
    return [
      {
        path,
        value: `${bytes} bytes`,
        problem: `is ${bytes} bytes, over the ${USER_DATA_MAX_BYTES}-byte limit of AWS user data`,
        expected: "fetch the larger part at boot (from a bucket or a package) and keep the script short",
      },
    ];
  return [];
}

/** User data as AWS launch templates and Azure custom data take it: base64. */
export function base64UserData(script: string): string {
  return Buffer.from(script, "utf8").toString("base64");
}

/**
 * GCP instance metadata for a boot script: a `#cloud-config` document goes to `user-data` (read
 * by cloud-init on Ubuntu images), anything else to `startup-script` (run by the guest agent on
 * every image).
 */
export function gcpUserDataMetadata(script: string): Record<string, string> {
  return script.trimStart().startsWith("#cloud-config")
    ? { "user-data": script }
    : { "startup-script": script };
}
