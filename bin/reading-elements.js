#!/usr/bin/env node
// The `reading-elements` command; see `reading-elements --help`.
import { main } from '../dist/cli.js';

process.exitCode = main(process.argv.slice(2));
