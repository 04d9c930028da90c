import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventsDoc } from '@tradein/contracts';

const target = join(__dirname, '../../docs/events.md');
writeFileSync(target, renderEventsDoc());
console.log(`wrote ${target}`);
