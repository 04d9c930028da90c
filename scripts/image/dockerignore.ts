/**
 * .dockerignore semantics as BuildKit applies them (moby/patternmatcher): patterns are paths relative
 * to the context root, `*` and `?` stay within one path segment, `**` spans any number of segments,
 * a pattern matching a directory also matches everything below it, `!` re-includes, the last
 * matching pattern wins.
 */
interface Rule {
  negate: boolean;
  re: RegExp;
}

function toRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more leading segments; a trailing `**` matches anything.
      if (pattern[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function parseDockerignore(source: string): Rule[] {
  return source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = (negate ? l.slice(1) : l).trim().replace(/^\/+/, '').replace(/\/+$/, '');
      return { negate, re: toRegExp(pattern) };
    });
}

/** True when `path` (relative to the context root) is excluded from the build context. */
export function isIgnored(rules: Rule[], path: string): boolean {
  const clean = path.replace(/^\.\//, '').replace(/\/+$/, '');
  const parents = clean.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    if (parents.some((p) => rule.re.test(p))) ignored = !rule.negate;
  }
  return ignored;
}
