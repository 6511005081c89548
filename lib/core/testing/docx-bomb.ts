import { Zip, ZipDeflate } from "fflate";

// Tests only: a .docx whose word/document.xml inflates to `inflatedMb` MiB of tiny paragraphs, built
// with fflate's streaming deflate so that only the compressed file is ever held (300 MiB → about 1 MB,
// 32 MiB → about 111 KB).

const PARAGRAPHS = new TextEncoder().encode("<w:p><w:r><w:t>炸弹炸弹炸弹炸弹</w:t></w:r></w:p>".repeat(1000));
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const OPEN = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const CLOSE = "</w:body></w:document>";

/** The bytes of a ZIP-bomb .docx whose document.xml inflates to about `inflatedMb` MiB. */
export function buildDocxBomb(inflatedMb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  };
  add("[Content_Types].xml", CONTENT_TYPES);
  add("_rels/.rels", RELS);
  const document = new ZipDeflate("word/document.xml", { level: 9 });
  zip.add(document);
  document.push(new TextEncoder().encode(OPEN));
  for (let written = 0; written < inflatedMb * 1024 * 1024; written += PARAGRAPHS.length) document.push(PARAGRAPHS);
  document.push(new TextEncoder().encode(CLOSE), true);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
