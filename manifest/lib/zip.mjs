// Writing and reading the app package zip. Entries carry a fixed timestamp so the same inputs
// always give the same bytes (a rebuilt package is recognisably the same package).
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import yauzl from "yauzl";
import yazl from "yazl";

const FIXED_MTIME = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

/** Writes `files` ({ name: Buffer }) as a zip at `path`, entries at the root in the given order. */
export function writeZip(path, files) {
  mkdirSync(dirname(path), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const [name, buffer] of Object.entries(files)) {
    zip.addBuffer(buffer, name, { mtime: FIXED_MTIME, mode: 0o100644 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on("close", resolve);
    out.on("error", reject);
    zip.outputStream.on("error", reject).pipe(out);
  });
}

/** Reads every entry of the zip at `path` into a Map of entry name to Buffer (directories included, empty). */
export function readZip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, strictFileNames: false }, (openError, zip) => {
      if (openError) return reject(openError);
      const entries = new Map();
      zip.on("error", reject);
      zip.on("end", () => resolve(entries));
      zip.on("entry", (entry) => {
        if (entry.fileName.endsWith("/")) {
          entries.set(entry.fileName, Buffer.alloc(0));
          return zip.readEntry();
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on("data", (chunk) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
