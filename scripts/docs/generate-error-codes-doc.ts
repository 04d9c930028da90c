import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderErrorCodesDoc } from './error-codes/render-error-codes-doc';

const root = join(__dirname, '../..');
const target = join(root, 'docs/error-codes.md');
writeFileSync(target, renderErrorCodesDoc(root));
console.log(`wrote ${target}`);
