/** stdout carries data, stderr carries logs; both are injectable so tests can capture them. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });

export function writeLine(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(line + '\n');
}

/** Cuts a string to `width` characters with an ellipsis. */
export function fit(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + '…';
}

export const day = (iso: string | undefined): string => (iso ? iso.slice(0, 10) : '????-??-??');

/** What a command run leaves behind for the shell: its exit code. */
export interface CliState {
  exitCode: number;
}
