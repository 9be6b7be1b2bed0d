import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';

/** Debian's python3 with python3-aiosmtpd (.ci/run installs it); a pyenv python3 may lack the module. */
const PYTHON = process.env.AIOSMTPD_PYTHON ?? '/usr/bin/python3';

export interface ReceivedMail {
  to: string;
  subject: string;
  messageId: string;
  body: string;
}

function parse(block: string): ReceivedMail {
  const [head = '', ...rest] = block.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    head
      .replace(/\r?\n[ \t]+/g, ' ')
      .split(/\r?\n/)
      .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  return {
    to: header('To'),
    subject: header('Subject'),
    messageId: header('Message-ID'),
    body: rest.join('\n\n'),
  };
}

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A real SMTP server on loopback (aiosmtpd's debugging handler prints every message it accepts);
 * the test reads the mail back from its output. It can be stopped and started on the same port.
 */
export function smtpServer(port: number) {
  let child: ChildProcess | null = null;
  let output = '';
  return {
    url: `smtp://127.0.0.1:${port}`,
    async start(): Promise<void> {
      child = spawn(PYTHON, ['-u', '-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
      });
      const deadline = Date.now() + 10_000;
      while (!(await portOpen(port))) {
        if (Date.now() > deadline) throw new Error(`aiosmtpd did not listen on ${port}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop(): Promise<void> {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
    /**
     * The messages that pass `filter`, once there are at least `count` (aiosmtpd's output reaches
     * us a moment after it answered 250), or whatever arrived when `timeoutMs` ran out.
     */
    async waitFor(filter: (mail: ReceivedMail) => boolean, count: number, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = this.messages().filter(filter);
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    /** Every message received so far. */
    messages(): ReceivedMail[] {
      return [
        ...output.matchAll(/-{10} MESSAGE FOLLOWS -{10}\r?\n([\s\S]*?)\r?\n-{12} END MESSAGE -{12}/g),
      ].map((m) => parse(m[1] ?? ''));
    },
  };
}
