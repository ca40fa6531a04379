/** Resources a program must register before the plan reports progress. */
const THRESHOLD = 200;

/**
 * Progress of a long plan on stderr: nothing for small programs; past a few hundred resources, a
 * line rewritten in place on a terminal (at most ten times a second), or a plain line every few
 * seconds in a log.
 */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  /** Reports the current counts; cheap enough to call for every resource. */
  update(recorded: number, describe: () => string): void {
    if (recorded < THRESHOLD) return;
    const now = Date.now();
    const tty = this.stream.isTTY === true;
    if (now - this.last < (tty ? 100 : 3000)) return;
    this.last = now;
    this.shown = true;
    this.stream.write(tty ? `\r\x1b[K${describe()}` : `${describe()}\n`);
  }

  /** Ends the progress line (if any was shown) with a final message. */
  done(message: string): void {
    if (!this.shown) return;
    this.stream.write(this.stream.isTTY ? `\r\x1b[K${message}\n` : `${message}\n`);
  }
}
