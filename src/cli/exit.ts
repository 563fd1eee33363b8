/** Exit codes, decided in one place. */
export const EXIT = {
  ok: 0,
  /** some input could not be processed; the others were */
  inputError: 1,
  /** the command line itself is wrong */
  usage: 2,
  /** stopped by SIGINT (128 + 2, as shells report it) */
  interrupted: 130,
} as const;

/** An expected error: printed as one line, no stack trace. */
export class UsageError extends Error {}
