// exceljs types its input as an ArrayBuffer, not Node's Buffer (a Uint8Array view): hand it the
// bytes of the view, copied into their own ArrayBuffer.
export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
