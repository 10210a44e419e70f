// Worker thread body for the parse pool: parses cable bytes and posts the records back, so that
// the main thread can store one cable while the next is being parsed on another core.
import { parentPort } from 'node:worker_threads';
import { parseCable } from '../cable/parse-cable.js';

export interface ParseRequest {
  seq: number;
  source: string;
  bytes: Uint8Array;
}

export type ParseReply = { seq: number; cable: ReturnType<typeof parseCable> } | { seq: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (m: ParseRequest) => {
    let reply: ParseReply;
    try {
      reply = { seq: m.seq, cable: parseCable(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), m.source) };
    } catch (e) {
      reply = { seq: m.seq, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
