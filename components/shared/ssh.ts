import { generateKeyPairSync } from "node:crypto";

/** SSH's wire encoding of a string: a 32-bit big-endian length, then the bytes. */
function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * A fresh Ed25519 public key in OpenSSH format whose private half is never kept. Azure requires
 * a key (or a password) on every Linux machine; this satisfies it while nobody can log in over
 * SSH. It differs on every run, so callers ignore changes to it after creation.
 */
export function throwawaySshPublicKey(comment = "lepton-no-login"): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x as string, "base64url");
  const blob = Buffer.concat([sshString(Buffer.from("ssh-ed25519")), sshString(raw)]);
  return `ssh-ed25519 ${blob.toString("base64")} ${comment}`;
}
