// Entry point kept in plain JS so objectstore.sh can call it with bare `node` (like create-topics.js);
// the work is in TypeScript, loaded through SWC with the workspace's path aliases.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '../../tsconfig.json');
require('@swc-node/register');
require('./create-bucket.ts');
