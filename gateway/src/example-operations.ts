// The registered operations (gateway/operations/*.graphql): GraphiQL opens with them, and
// `npm run trusted-documents` turns them into the trusted-document manifest. One source for both.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ExampleOperation {
  name: string;
  title: string;
  document: string;
  variables?: Record<string, unknown>;
}

export const OPERATIONS_DIR = fileURLToPath(new URL('../operations/', import.meta.url));

export function readOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      const title = /^# title: (.+)$/m.exec(text)?.[1] ?? file;
      const variables = /^# variables: (.+)$/m.exec(text)?.[1];
      // The document is the text without the header comments, so its hash does not change with them.
      const document = text.replace(/^#.*\n/gm, '').trim();
      return {
        name: file.replace(/\.graphql$/, ''),
        title,
        document,
        variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
      };
    });
}
