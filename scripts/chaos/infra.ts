import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface InfraPorts {
  pg: number;
  kafka: number;
  kafkaController: number;
}

/** Where and on which ports the chaos run keeps its own PostgreSQL and Kafka (never the shared ones). */
export class ChaosInfra {
  constructor(
    readonly root: string,
    readonly stateDir: string,
    readonly ports: InfraPorts,
    readonly namespace: string,
  ) {}

  get databaseUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.ports.pg}`;
  }
  get brokers(): string[] {
    return [`127.0.0.1:${this.ports.kafka}`];
  }

  dbUrl(service: string): string {
    return `${this.databaseUrl}/tradein_${service.replace(/-service$/, '')}`;
  }

  /** Runs scripts/chaos/infra.sh with this run's state dir and ports; rejects with its output on failure. */
  run(
    action: 'up' | 'down' | 'destroy' | 'kill-kafka' | 'start-kafka' | 'crash-postgres' | 'start-postgres',
    timeoutMs = 300_000,
  ): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn('bash', [join(this.root, 'scripts/chaos/infra.sh'), action], {
        cwd: this.root,
        env: {
          ...process.env,
          TRADEIN_STATE_DIR: this.stateDir,
          PG_PORT: String(this.ports.pg),
          KAFKA_PORT: String(this.ports.kafka),
          KAFKA_CONTROLLER_PORT: String(this.ports.kafkaController),
          KAFKA_TOPIC_NAMESPACE: this.namespace,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        out += d.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve(out);
        else reject(new Error(`infra.sh ${action} failed (${signal ?? `exit ${code}`}):\n${out.slice(-3000)}`));
      });
    });
  }
}
