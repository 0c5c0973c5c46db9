import type { IngestEvent } from '../../ingest/pipeline.ts';

/** A one-line progress bar on a terminal; one line per document elsewhere (CI logs). */
export function ingestProgress(stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  return (event: IngestEvent) => {
    if (event.kind === 'start') {
      stream.write(`ingesting ${event.total} file(s)\n`);
      return;
    }
    const name = event.path.split('/').pop();
    if (event.kind === 'embed') {
      // Passages embedded so far in the document; on a terminal only, logs get the per-document line.
      if (stream.isTTY) stream.write(`\r  embedding ${name}: ${event.done}/${event.total} passages`.padEnd(100));
      return;
    }
    if (!stream.isTTY) {
      stream.write(`[${event.done}/${event.total}] ${event.status.padEnd(9)} ${name}\n`);
      return;
    }
    const filled = Math.round((event.done / event.total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${event.done}/${event.total} ${name}`.padEnd(100));
    if (event.done === event.total) stream.write('\n');
  };
}
