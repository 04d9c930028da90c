import { join } from 'node:path';
import { describeCycles, folderCycles, folderEdges } from './folder-cycles';
import { readSourceTree } from './source-tree';

const ROOT = join(__dirname, '../..');
const SERVICES = ['quote-service', 'intake-service', 'grading-service', 'payout-service'];

describe('the folder cycle finder', () => {
  it('finds a cycle between two folders and names the imports that make it', () => {
    const tree = new Map([
      ['quotes/create-quote.service.ts', "import { TradeIn } from '../trade-ins/trade-in.entity';\n"],
      ['trade-ins/trade-in.entity.ts', "import { type Quote } from '../quotes/quote.entity';\n"],
      ['quotes/quote.entity.ts', ''],
    ]);
    expect(describeCycles(folderEdges(tree))).toEqual([
      [
        'cycle between quotes, trade-ins:',
        '  quotes/create-quote.service.ts → trade-ins/trade-in.entity.ts',
        '  trade-ins/trade-in.entity.ts → quotes/quote.entity.ts',
      ].join('\n'),
    ]);
  });

  it('finds a cycle round three folders, and none in a layered tree', () => {
    const edges = [
      { from: 'a', to: 'b', via: 'a/x.ts → b/y.ts' },
      { from: 'b', to: 'c', via: 'b/y.ts → c/z.ts' },
      { from: 'c', to: 'a', via: 'c/z.ts → a/w.ts' },
      { from: 'c', to: 'd', via: 'c/z.ts → d/v.ts' },
    ];
    expect(folderCycles(edges)).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(edges.filter((e) => e.from !== 'c' || e.to !== 'a'))).toEqual([]);
  });

  it('ignores specs, the test kit, top-level wiring and imports inside one folder', () => {
    const tree = new Map([
      ['app.module.ts', "import { A } from './a/a';\nimport { B } from './b/b';\n"],
      ['a/a.ts', "import { B } from '../b/b';\nimport { A2 } from './sub/a2';\n"],
      ['a/sub/a2.ts', ''],
      ['b/b.ts', ''],
      ['b/b.int-spec.ts', "import { A } from '../a/a';\nimport { kit } from '../testing/kit';\n"],
      ['testing/kit.ts', "import { A } from '../a/a';\nimport { B } from '../b/b';\n"],
    ]);
    expect(folderEdges(tree)).toEqual([{ from: 'a', to: 'b', via: 'a/a.ts → b/b.ts' }]);
  });
});

describe.each(SERVICES)('%s', (service) => {
  it('has no import cycle between its top-level folders', () => {
    expect(describeCycles(folderEdges(readSourceTree(join(ROOT, 'apps', service, 'src'))))).toEqual([]);
  });
});
