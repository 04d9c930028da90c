/**
 * A small Dockerfile parser (enough for the checks in dockerfile-rules.ts): parser directives,
 * comments, line continuations with `\`, instructions with their flags (`--from=build`) and their
 * arguments in exec (JSON array) or shell form, grouped into stages. hadolint is a Haskell binary
 * that Debian does not package here; no Docker engine runs on the build machines.
 */
export interface Instruction {
  keyword: string;
  /** 1-based line of the instruction's first line. */
  line: number;
  flags: Record<string, string>;
  /** Everything after the flags, continuations joined with a space. */
  args: string;
  /** The exec form's array when the arguments are one, else undefined. */
  json?: string[];
}

export interface Stage {
  /** The image reference as written (`${NODE_IMAGE}`) and with global ARG defaults substituted. */
  from: string;
  image: string;
  name?: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  directives: Record<string, string>;
  globalArgs: Record<string, string>;
  stages: Stage[];
  all: Instruction[];
}

const FLAG = /^--([a-z-]+)(?:=(\S*))?\s+/;

function parseInstruction(text: string, line: number): Instruction {
  const m = /^(\S+)\s*(.*)$/s.exec(text.trim());
  const keyword = (m?.[1] ?? '').toUpperCase();
  let rest = m?.[2] ?? '';
  const flags: Record<string, string> = {};
  for (let f = FLAG.exec(rest); f; f = FLAG.exec(rest)) {
    flags[f[1]!] = f[2] ?? 'true';
    rest = rest.slice(f[0].length);
  }
  const args = rest.trim();
  let json: string[] | undefined;
  if (args.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(args);
      if (Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')) json = parsed as string[];
    } catch {
      json = undefined;
    }
  }
  return { keyword, line, flags, args, ...(json ? { json } : {}) };
}

/** Substitutes `${NAME}` / `$NAME` with the given values (unknown names stay as they are). */
export function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (all, a?: string, b?: string) => vars[(a ?? b)!] ?? all,
  );
}

export function parseDockerfile(source: string): Dockerfile {
  const lines = source.split('\n');
  const directives: Record<string, string> = {};
  const all: Instruction[] = [];
  let i = 0;
  // Parser directives: `# key=value` lines at the very top only.
  for (; i < lines.length; i++) {
    const d = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(lines[i]!);
    if (!d) break;
    directives[d[1]!.toLowerCase()] = d[2]!;
  }
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const start = i + 1;
    let text = raw;
    // A trailing backslash continues the instruction; comment lines inside a continuation are skipped.
    while (/\\\s*$/.test(text) && i + 1 < lines.length) {
      text = text.replace(/\\\s*$/, ' ');
      i++;
      if (lines[i]!.trim().startsWith('#')) {
        text += '\\';
        continue;
      }
      text += lines[i]!;
    }
    all.push(parseInstruction(text, start));
  }
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of all) {
    if (ins.keyword === 'FROM') {
      const [from = '', as, name] = ins.args.split(/\s+/);
      stages.push({ from, image: substitute(from, globalArgs), ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [] });
    } else if (!stages.length) {
      if (ins.keyword !== 'ARG') throw new Error(`line ${ins.line}: only ARG may come before the first FROM (found ${ins.keyword})`);
      const [k, v = ''] = ins.args.split('=', 2);
      globalArgs[k!.trim()] = v.trim();
    } else {
      stages[stages.length - 1]!.instructions.push(ins);
    }
  }
  return { directives, globalArgs, stages, all };
}
