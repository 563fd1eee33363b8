#!/usr/bin/env node
// Starts the CLI from the startup snapshot or the bundle when the build made them (see src/build/launch.ts).
import { launch } from "../dist/build/launch.js";
await launch(process.argv);
