/**
 * V8's interrupt budget factx runs with, 8× V8's default: a function must run 8× longer before the
 * optimizing compiler takes it. The startup snapshot is built and started with it (bundle.ts), and the
 * launcher sets it before the bundle or tsc's output runs (launch.ts; worker threads share it).
 * - One document: the compile jobs of a cold run are never used (the sample: ~400 → ~270 ms CPU, as
 *   with --no-opt), while a long text is still optimized (1.2 MB: 8.0 s, against 11.2 s with --no-opt).
 * - A batch: with the default, TurboFan takes the extractors' functions after little type feedback,
 *   drops them at the first rarer path and compiles them again (400 news documents: ~840 background
 *   compiles, ~8 s of compile time); with 8×, ~400 compiles and ~2.6 s — CPU 16.0 → 13.5–14.2 s on one
 *   thread, 20.0 → 17.0 s on two. (16× and 32× measured no better.)
 */
export const INTERRUPT_BUDGET = "--interrupt-budget=540672";
