import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Dockerfile, type Instruction, parseDockerfile, substitute } from './dockerfile';
import { isIgnored, parseDockerignore } from './dockerignore';

export interface LintContext {
  /** The build context (repository root), to check that COPY sources exist. */
  root: string;
  dockerignore: string;
  /** Context paths the runtime stage may COPY (everything else reaches it from a build stage). */
  runtimeContextFiles: string[];
  /** Paths of earlier stages the runtime stage may COPY --from (the compiled output and node_modules). */
  runtimeStageFiles: string[];
}

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|_KEYS?$)/i;

/** Problems found in a Dockerfile, each `line N: ...`; empty when it passes. */
export function lintDockerfile(source: string, ctx: LintContext): string[] {
  const problems: string[] = [];
  const at = (ins: Instruction, msg: string): void => {
    problems.push(`line ${ins.line}: ${msg}`);
  };
  let file: Dockerfile;
  try {
    file = parseDockerfile(source);
  } catch (err) {
    return [(err as Error).message];
  }
  if (!file.stages.length) return ['no FROM instruction'];
  const ignore = parseDockerignore(ctx.dockerignore);
  const stageNames: string[] = [];

  for (const [index, stage] of file.stages.entries()) {
    const fromIns = file.all.find((i) => i.keyword === 'FROM' && i.args.startsWith(stage.from))!;
    if (!stageNames.includes(stage.image)) {
      const tag = /^[^@]+:([^/@]+)$/.exec(stage.image)?.[1];
      if (stage.image.includes('$')) at(fromIns, `FROM ${stage.from}: the image depends on an ARG without a default`);
      else if (!stage.image.includes('@sha256:') && (!tag || tag === 'latest'))
        at(fromIns, `FROM ${stage.image}: pin a version tag (or a digest), not latest`);
    }
    if (stage.name) {
      if (stageNames.includes(stage.name)) at(fromIns, `stage name ${stage.name} used twice`);
      stageNames.push(stage.name);
    }
    const last = index === file.stages.length - 1;
    const earlier = stage.name ? stageNames.slice(0, -1) : [...stageNames];
    const vars = { ...file.globalArgs };
    for (const ins of stage.instructions) {
      if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
        const pairs = ins.keyword === 'ARG' ? [ins.args] : ins.args.split(/\s+(?=[A-Za-z_][A-Za-z0-9_]*=)/);
        for (const pair of pairs) {
          const [name = '', value = ''] = pair.split('=', 2);
          if (SECRET_NAME.test(name))
            at(ins, `${ins.keyword} ${name}: secrets come from the environment at run time, never from the image or its build arguments`);
          vars[name] = value;
        }
      }
      if (ins.keyword === 'ADD') at(ins, 'use COPY (ADD fetches URLs and unpacks archives implicitly)');
      if (ins.keyword === 'WORKDIR' && !ins.args.startsWith('/')) at(ins, `WORKDIR ${ins.args}: use an absolute path`);
      if (ins.keyword === 'RUN') lintRun(ins, at);
      if (ins.keyword === 'COPY') {
        const from = ins.flags['from'];
        if (from && !/^\d+$/.test(from) && !earlier.includes(from) && !from.includes(':')) {
          at(ins, `COPY --from=${from}: no earlier stage has that name`);
        }
        const parts = ins.json ?? ins.args.split(/\s+/);
        const sources = parts.slice(0, -1).map((s) => substitute(s, vars));
        for (const src of sources) {
          if (!from) {
            if (!existsSync(join(ctx.root, src))) at(ins, `COPY ${src}: not in the repository`);
            else if (isIgnored(ignore, src)) at(ins, `COPY ${src}: excluded by the .dockerignore allow-list`);
          }
          if (last && !from && !ctx.runtimeContextFiles.includes(src))
            at(ins, `COPY ${src} into the runtime stage: only ${ctx.runtimeContextFiles.join(', ')} may come from the context`);
          if (last && from && !ctx.runtimeStageFiles.includes(src))
            at(
              ins,
              `COPY --from=${from} ${src} into the runtime stage: only ${ctx.runtimeStageFiles.join(', ')} (the built service and its production node_modules)`,
            );
        }
      }
    }
    if (last) lintRuntime(stage.instructions, fromIns, at);
  }
  return problems;
}

function lintRun(ins: Instruction, at: (i: Instruction, m: string) => void): void {
  const cmd = ins.args;
  if (/\bapt-get\s+(-\S+\s+)*install\b/.test(cmd)) {
    if (!/--no-install-recommends/.test(cmd)) at(ins, 'apt-get install without --no-install-recommends');
    if (!/\s-y\b|--yes|--assume-yes/.test(cmd)) at(ins, 'apt-get install without -y');
    if (!/rm -rf \/var\/lib\/apt\/lists/.test(cmd)) at(ins, 'apt lists not removed in the same RUN (rm -rf /var/lib/apt/lists/*)');
    if (!/apt-get\s+update/.test(cmd)) at(ins, 'apt-get install without apt-get update in the same RUN (a cached update goes stale)');
  } else if (/apt-get\s+update/.test(cmd)) {
    at(ins, 'apt-get update alone in a RUN: cached layers make a later install use stale lists');
  }
  if (/\bnpm\s+(install|i)\b/.test(cmd)) at(ins, 'npm install in an image: use npm ci (the lockfile, exactly)');
  if (/\bsudo\b/.test(cmd)) at(ins, 'sudo in a RUN');
  if (/\bcurl\b[^|]*\|\s*(ba)?sh|\bwget\b[^|]*\|\s*(ba)?sh/.test(cmd)) at(ins, 'piping a download into a shell');
}

function lintRuntime(instructions: Instruction[], fromIns: Instruction, at: (i: Instruction, m: string) => void): void {
  const users = instructions.filter((i) => i.keyword === 'USER');
  const user = users[users.length - 1];
  if (!user) at(fromIns, 'the runtime stage sets no USER (it would run as root)');
  else if (!/^\d+(:\d+)?$/.test(user.args)) at(user, `USER ${user.args}: use a numeric uid[:gid] so Kubernetes runAsNonRoot can verify it`);
  else if (/^0(:|$)/.test(user.args)) at(user, 'USER 0 is root');
  const health = instructions.filter((i) => i.keyword === 'HEALTHCHECK').pop();
  if (!health) at(fromIns, 'the runtime stage has no HEALTHCHECK');
  else if (!/CMD/.test(health.args) || !health.args.includes('/health/live')) at(health, 'HEALTHCHECK must probe /health/live');
  const entry = instructions.filter((i) => i.keyword === 'ENTRYPOINT').pop();
  if (!entry) at(fromIns, 'the runtime stage has no ENTRYPOINT');
  else if (!entry.json) at(entry, 'ENTRYPOINT in shell form: /bin/sh -c would receive SIGTERM, not node; use the exec (JSON) form');
  const cmd = instructions.filter((i) => i.keyword === 'CMD').pop();
  if (cmd && !cmd.json) at(cmd, 'CMD in shell form: use the exec (JSON) form');
}
