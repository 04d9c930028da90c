import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A code written at a throw site: where, and which constructor carried it. */
export interface ThrownCode {
  code: string;
  file: string;
  via: string;
}

/** Constructors whose first argument is the code, and InvalidFieldError whose third one is (default INVALID_FIELD). */
const FIRST_ARGUMENT = /\b(?:new\s+(?:ConflictError|UnprocessableError|DomainError)|super)\s*\(/g;
const INVALID_FIELD = /\bnew\s+InvalidFieldError\s*\(/g;
const LITERAL_CODE = /^'([A-Z][A-Z0-9_]+)'$/;

/**
 * Codes written as literals at the throw sites of one source tree (tests excluded): the check that each
 * service's error-code file lists what its code throws. Codes chosen at run time (a state machine's
 * refusal, a verdict's code) are not seen here; the lists name them by hand.
 */
export function thrownCodes(root: string, repoRoot: string): ThrownCode[] {
  const found: ThrownCode[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(repoRoot, file);
    for (const m of text.matchAll(FIRST_ARGUMENT)) {
      const code = literalCode(argumentsAt(text, (m.index ?? 0) + m[0].length)[0]);
      if (code) found.push({ code, file: rel, via: m[0].replace(/\s*\($/, '') });
    }
    for (const m of text.matchAll(INVALID_FIELD)) {
      const args = argumentsAt(text, (m.index ?? 0) + m[0].length);
      const code = args.length >= 3 ? literalCode(args[2]) : 'INVALID_FIELD';
      if (code) found.push({ code, file: rel, via: 'new InvalidFieldError' });
    }
  }
  return found;
}

function literalCode(arg: string | undefined): string | undefined {
  return arg === undefined ? undefined : LITERAL_CODE.exec(arg.trim())?.[1];
}

/** The top-level arguments of a call whose `(` ends just before `from` (strings and nesting respected). */
function argumentsAt(text: string, from: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      current += ch;
      if (ch === '\\') current += text[++i] ?? '';
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        if (current.trim()) args.push(current);
        return args;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  return args;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'testing' && name !== 'test') out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
