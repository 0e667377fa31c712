import type { IncomingMessage } from 'node:http';

/** Largest API request: a 50 MB photo as base64 plus JSON around it. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;
/** All request bodies being received at once: two of the largest, then callers wait (503). */
export const MAX_IN_FLIGHT_BYTES = 2 * MAX_BODY_BYTES;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 | 503 };

/**
 * Reads request bodies within two caps: one request's size (413) and the bytes of all bodies
 * being received at the same time (503, try again). A declared Content-Length is reserved in full
 * before a byte is read, so eight 71 MB uploads at once cannot all be buffered.
 */
export class BodyBudget {
  private inFlight = 0;

  constructor(
    readonly maxBody = MAX_BODY_BYTES,
    readonly maxInFlight = MAX_IN_FLIGHT_BYTES,
  ) {}

  get bytesInFlight(): number {
    return this.inFlight;
  }

  read(req: IncomingMessage): Promise<BodyResult> {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > this.maxBody) return Promise.resolve({ ok: false, status: 413 });
    let reserved = Number.isFinite(declared) ? declared : 0;
    if (this.inFlight + reserved > this.maxInFlight) return Promise.resolve({ ok: false, status: 503 });
    this.inFlight += reserved;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const finish = (result: BodyResult | Error) => {
        if (settled) return;
        settled = true;
        this.inFlight -= reserved;
        reserved = 0;
        req.removeAllListeners('data');
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.maxBody) return finish({ ok: false, status: 413 });
        if (size > reserved) {
          // Undeclared (chunked) or longer than declared: reserve as it comes.
          const more = size - reserved;
          if (this.inFlight + more > this.maxInFlight) return finish({ ok: false, status: 503 });
          this.inFlight += more;
          reserved = size;
        }
        chunks.push(chunk);
      });
      req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
      req.on('error', (err) => finish(err));
      req.on('close', () => finish(new Error('request closed before its body was complete')));
    });
  }
}
