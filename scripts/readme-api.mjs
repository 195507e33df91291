// Writes each element's API reference into its guide, docs/<tag>.md, from custom-elements.json,
// between <!-- api:<tag> --> and <!-- /api:<tag> --> markers. With --check it changes nothing
// and fails when a guide no longer matches the manifest (npm test runs it that way).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function reference(declaration) {
  const publicFields = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('_'),
  );
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  const sections = [
    [
      'Attributes',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        (declaration.attributes ?? []).map((attribute) => [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(attribute.default),
          cell(attribute.description),
        ]),
      ),
    ],
    [
      'Properties',
      table(
        ['Property', 'Type', 'Description'],
        publicFields
          .filter((field) => !attributeFields.has(field.name))
          .map((field) => [code(field.name), code(field.type?.text), cell(field.description)]),
      ),
    ],
    [
      'Methods',
      table(
        ['Method', 'Description'],
        (declaration.members ?? [])
          .filter(
            (member) =>
              member.kind === 'method' && !member.static && !member.privacy && !member.name.startsWith('_'),
          )
          .map((method) => [
            code(
              `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`,
            ),
            cell(method.description),
          ]),
      ),
    ],
    [
      'Slots',
      table(
        ['Slot', 'Description'],
        (declaration.slots ?? []).map((slot) => [
          slot.name ? code(slot.name) : '(default)',
          cell(slot.description),
        ]),
      ),
    ],
    [
      'Events',
      table(
        ['Event', 'Description'],
        (declaration.events ?? []).map((event) => [code(event.name), cell(event.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['Part', 'Description'],
        (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['Property', 'Default', 'Description'],
        (declaration.cssProperties ?? []).map((property) => [
          code(property.name),
          code(property.default),
          cell(property.description),
        ]),
      ),
    ],
  ];
  return sections
    .filter(([, body]) => body)
    .map(([title, body]) => `**${title}**\n\n${body}`)
    .join('\n\n');
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName),
);

const stale = [];
for (const element of elements) {
  const file = `docs/${element.tagName}.md`;
  const start = `<!-- api:${element.tagName} -->`;
  const end = `<!-- /api:${element.tagName} -->`;
  const guide = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = guide.indexOf(start);
  const to = guide.indexOf(end);
  if (from === -1 || to === -1) {
    stale.push(`${file}: no ${start} … ${end} markers`);
    continue;
  }
  const generated = `${start}\n${reference(element)}\n${end}`;
  // Formatted as `prettier --check` wants it, so the guide passes the lint as written.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const updated = await prettier.format(
    guide.slice(0, from) + generated + guide.slice(to + end.length),
    options,
  );
  if (updated === guide) continue;
  stale.push(`${file}: reference differs from custom-elements.json`);
  if (!check) writeFileSync(file, updated);
}

if (check) {
  if (stale.length) {
    console.error(
      `The element guides are out of date (run node scripts/readme-api.mjs):\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`docs/<tag>.md match custom-elements.json for ${elements.length} elements.`);
} else {
  console.log(stale.length ? `Updated: ${stale.join('; ')}` : 'The element guides are up to date.');
}
