import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One error-code file: its section of docs/error-codes.md and the tree whose throw sites it must cover. */
export interface ErrorCodeSource {
  title: string;
  /** The file holding the list (`export const <NAME> = { CODE: 'meaning', ... } as const satisfies ErrorCodeList`). */
  file: string;
  /** Source trees whose literal codes must be listed here or in the `alsoUses` sources. */
  covers: string[];
  /** Titles of other sources whose codes this part of the code may also throw. */
  alsoUses: string[];
}

const RUNTIME = 'Every service';
const EVIDENCE = 'Evidence photos (intake-service, grading-service)';

export const ERROR_CODE_SOURCES: readonly ErrorCodeSource[] = [
  {
    title: RUNTIME,
    file: 'libs/service-runtime/src/errors/runtime-error-codes.ts',
    covers: ['libs/service-runtime/src', 'libs/auth/src'],
    alsoUses: [],
  },
  { title: EVIDENCE, file: 'libs/evidence/src/evidence.error-codes.ts', covers: ['libs/evidence/src'], alsoUses: [RUNTIME] },
  { title: 'quote-service', file: 'apps/quote-service/src/quote.error-codes.ts', covers: ['apps/quote-service/src'], alsoUses: [RUNTIME] },
  {
    title: 'intake-service',
    file: 'apps/intake-service/src/intake.error-codes.ts',
    covers: ['apps/intake-service/src'],
    alsoUses: [RUNTIME, EVIDENCE],
  },
  {
    title: 'grading-service',
    file: 'apps/grading-service/src/grading.error-codes.ts',
    covers: ['apps/grading-service/src'],
    alsoUses: [RUNTIME, EVIDENCE],
  },
  {
    title: 'payout-service',
    file: 'apps/payout-service/src/payout.error-codes.ts',
    covers: ['apps/payout-service/src'],
    alsoUses: [RUNTIME],
  },
];

/**
 * The codes and meanings of one error-code file, read from its source: tooling does not import the apps'
 * code (module boundaries), and the file is a plain object literal of string literals, so the compiler's
 * parser reads it exactly. Anything else in the literal is an error, so the doc never silently drops a code.
 */
export function readErrorCodes(repoRoot: string, file: string): Array<{ code: string; meaning: string }> {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const lists: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) lists.push(init);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (lists.length !== 1) throw new Error(`${file}: expected one error-code list, found ${lists.length}`);
  return (lists[0] as ts.ObjectLiteralExpression).properties.map((p) => {
    if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || !ts.isStringLiteralLike(p.initializer))
      throw new Error(`${file}: every entry must be CODE: 'meaning' (at ${p.getText(source).slice(0, 60)})`);
    return { code: p.name.text, meaning: p.initializer.text };
  });
}
