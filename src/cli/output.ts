/** The one writer: streams strings to stdout with back-pressure, and goes quiet on a closed pipe. */
import type { Writable } from "node:stream";

export class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      // `factx … | head` closes the pipe early: stop writing, without a trace
      if (e.code === "EPIPE") this.closed = true;
      else throw e;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === "") return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off("drain", done);
          this.stream.off("close", done);
          this.stream.off("error", done);
          resolve();
        };
        this.stream.on("drain", done).on("close", done).on("error", done);
      });
    }
  }
}
