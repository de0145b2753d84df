#!/usr/bin/env node
// placeholder: replaced by the WebAssembly schema-engine stand-in
process.exit(1);
