/**
 * Remote-administration ports that must never be open to the whole internet, by the service they
 * carry: the one list the components (which refuse such ingress) and the policy pack (which flags
 * it on any resource) both read.
 */
export const ADMIN_PORTS: Readonly<Record<number, string>> = { 22: "SSH", 3389: "RDP" };

/** The port numbers of `ADMIN_PORTS`, ascending. */
export const ADMIN_PORT_NUMBERS: readonly number[] = Object.keys(ADMIN_PORTS)
  .map(Number)
  .sort((a, b) => a - b);
