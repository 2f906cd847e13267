// A file for a debt's archive (一笔账一档案): name, type, content and size checked at once; the
// content must begin as its type says, so a renamed executable is not filed as a PDF.
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from '../messages.js';

/** Media types a debt's file may hold, with the first bytes the content must start with. */
export const MEDIA_TYPES: Readonly<Record<string, Buffer | null>> = {
  'application/pdf': Buffer.from('%PDF-'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'application/ofd': Buffer.from('PK'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Buffer.from('PK'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Buffer.from('PK'),
};

export interface DocumentUpload {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export interface DecodedDocument {
  fileName: string;
  content: Buffer;
}

/** The problems of an upload, and the decoded file when there are none. */
export function documentProblems(
  upload: DocumentUpload,
  maxBytes: number,
): { problems: Problem[]; document: DecodedDocument | null } {
  const p = new Problems();
  const fileName = checkText(p, upload.fileName, 'fileName', {
    required: true,
    min: 1,
    max: 255,
    message: msg.fileNameRequired(),
  });
  if (fileName && /[\\/]/.test(fileName)) p.add('fileName', msg.fileNameWithFolders());
  const known = p.check(
    upload.mediaType in MEDIA_TYPES,
    'mediaType',
    msg.mediaTypeRefused({ mediaType: upload.mediaType }),
  );
  let content: Buffer | null = null;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(upload.contentBase64)) p.add('contentBase64', msg.notBase64());
  else {
    content = Buffer.from(upload.contentBase64, 'base64');
    if (content.length === 0) p.add('contentBase64', msg.fileEmpty());
    else if (content.length > maxBytes)
      p.add('contentBase64', msg.fileTooLarge({ size: content.length, max: maxBytes }));
    const magic = known ? MEDIA_TYPES[upload.mediaType] : null;
    if (magic && content.length && !content.subarray(0, magic.length).equals(magic))
      p.add('mediaType', msg.contentNotOfType({ mediaType: upload.mediaType }));
  }
  return {
    problems: p.list,
    document: p.empty && content && fileName ? { fileName, content } : null,
  };
}
