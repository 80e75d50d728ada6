import { createServer, type Socket } from 'node:net';
import { createFrameReader } from '../hj212/frame-reader.ts';
import type { Ingest } from './ingest-service.ts';

/** Options of {@link startHj212Listener}. */
export interface Hj212ListenerOptions {
  /** TCP port (0: any free port; read the bound one from the result). */
  port: number;
  /** Address to listen on; default every interface. */
  host?: string;
  ingest: Ingest;
  /** A connection that sends nothing for this long is closed. Default 10 min. */
  idleTimeoutMs?: number;
  /** Connections beyond this are refused by the OS accept loop. Default 5000. */
  maxConnections?: number;
  /** A connection stops being read while this many of its packets wait for their commit. Default 2000. */
  maxPendingPackets?: number;
  /** … or while this many characters of it are received and unanswered, or queued to send. Default 1 MiB. */
  maxPendingChars?: number;
}

/** A running listener. */
export interface Hj212Listener {
  /** The bound port. */
  port: number;
  /** Connections open now. */
  connections(): number;
  /**
   * Stops accepting, stops reading, lets the packets already received commit and be answered (at most
   * `graceMs`, default 2 s), then closes every connection.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts the HJ 212 TCP listener: one frame reader per connection, every chunk's frames handed to
 * `ingest.receive` and its responses written back in order. Backpressure: a connection is paused
 * while too many of its packets wait for the writer or too much of it is buffered, so a fast sender
 * waits in its own TCP window instead of the server's memory. A connection's socket errors close it
 * alone; idle connections are closed after `idleTimeoutMs`.
 *
 * @example
 * const listener = await startHj212Listener({ port: 9212, ingest });
 * console.log(`HJ 212 on tcp ${listener.port}`);
 * await listener.close();
 */
export async function startHj212Listener(options: Hj212ListenerOptions): Promise<Hj212Listener> {
  const { ingest } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? 600_000;
  const maxPendingPackets = options.maxPendingPackets ?? 2000;
  const maxPendingChars = options.maxPendingChars ?? 1 << 20;
  const sockets = new Set<Socket>();
  let next = 1;
  let closing = false;

  const serve = (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    const source = { id: `tcp:${next++}`, transport: 'tcp' as const };
    const reader = createFrameReader();
    let pendingPackets = 0;
    let pendingChars = 0;
    // responses leave in the order their frames arrived
    let tail: Promise<void> = Promise.resolve();
    const congested = () =>
      pendingPackets > maxPendingPackets || pendingChars > maxPendingChars || socket.writableLength > maxPendingChars;
    const resumeIfClear = () => {
      if (!closing && !socket.destroyed && socket.isPaused() && !congested()) socket.resume();
    };
    socket.setEncoding('utf8');
    socket.setNoDelay(true);
    socket.setTimeout(idleTimeoutMs, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      ingest.release(source);
    });
    socket.on('drain', resumeIfClear);
    socket.on('data', (chunk: string) => {
      const outcomes = reader.push(chunk);
      if (outcomes.length === 0) return;
      pendingPackets += outcomes.length;
      pendingChars += chunk.length;
      if (congested()) socket.pause();
      const answered = ingest.receive(outcomes, source);
      tail = tail
        .then(() => answered)
        .then(
          (responses) => {
            if (responses.length > 0 && !socket.destroyed) socket.write(responses.join(''));
          },
          (error: unknown) => console.error('hj212: a chunk could not be handled:', error),
        )
        .finally(() => {
          pendingPackets -= outcomes.length;
          pendingChars -= chunk.length;
          resumeIfClear();
        });
    });
  };

  const server = createServer({ pauseOnConnect: false }, serve);
  server.maxConnections = options.maxConnections ?? 5000;
  server.on('error', (error) => console.error('hj212 listener:', error));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    port,
    connections: () => sockets.size,
    async close(graceMs = 2_000) {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.pause();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        ingest.drained(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
      // the answers of the last commit are written on the microtasks after it
      await new Promise<void>((resolve) => setImmediate(resolve));
      for (const socket of sockets) socket.end();
      await new Promise<void>((resolve) => setTimeout(resolve, 50).unref());
      for (const socket of sockets) socket.destroy();
      await stopped;
    },
  };
}
