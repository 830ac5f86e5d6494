#!/usr/bin/env node
// The `kelisim` command (see src/cli/); the code is built into dist/cli.js.
import "../dist/cli.js";
