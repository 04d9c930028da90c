import fs from 'node:fs';

export interface OutputCapture {
  /** Everything written to stdout and stderr since the capture began. */
  text(): string;
  /** The JSON log lines among it (other output is skipped). */
  lines(): Array<Record<string, unknown>>;
  restore(): void;
}

/**
 * Records what this process writes to stdout and stderr, passing it through unchanged. pino writes to the file
 * descriptor itself (sonic-boom): with fs.writeSync when its destination is synchronous, with fs.write when it is
 * not (the default, which a test runner's worker process, whose stdout is a pipe, gets); other writers go through
 * the process streams.
 */
export function captureOutput(): OutputCapture {
  const chunks: string[] = [];
  const keep = (data: unknown): void => {
    chunks.push(typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
  };
  const realWriteSync = fs.writeSync;
  const realWrite = fs.write;
  fs.writeSync = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) keep(data);
    return (realWriteSync as (...args: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync;
  fs.write = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd === 1 || fd === 2) keep(data);
    return (realWrite as (...args: unknown[]) => void)(fd, data, ...rest);
  }) as typeof fs.write;
  const streams = [process.stdout, process.stderr].map((stream) => {
    const realWrite = stream.write;
    stream.write = ((data: unknown, ...rest: unknown[]) => {
      keep(data);
      return (realWrite as (...args: unknown[]) => boolean).call(stream, data, ...rest);
    }) as typeof stream.write;
    return () => {
      stream.write = realWrite;
    };
  });
  const text = (): string => chunks.join('');
  return {
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    restore: () => {
      fs.writeSync = realWriteSync;
      fs.write = realWrite;
      streams.forEach((undo) => undo());
    },
  };
}
