/**
 * relaxIndentation (src/engine/load/relax-yaml.ts): the continuation lines CloudFormation accepts at the key's own
 * indent are indented two past it, and nothing else changes — not a block scalar's text, not a line already deep
 * enough, not the number of lines.
 */
import { expect, test } from '@jest/globals';
import { relaxIndentation } from '../src/engine/load/relax-yaml.js';

test.each([
  ['a double-quoted scalar', 'Description: "a long\nsentence"\n', 'Description: "a long\n  sentence"\n'],
  ['continuation lines already deep enough', 'Description: "a\n  b"\n', undefined],
  ['one line short of deep enough', 'Description: "a\n b"\n', 'Description: "a\n  b"\n'],
  ['a flow collection', 'Statement: [{\n"Effect": "Allow"\n}]\n', 'Statement: [{\n  "Effect": "Allow"\n  }]\n'],
  ['nested flow collections', 'K: [[a,\nb],\nc]\nL: 1\n', 'K: [[a,\n  b],\n  c]\nL: 1\n'],
  ['a sequence entry: two past its dash', '- Key: "a\nb"\n', '- Key: "a\n    b"\n'],
  ['a sequence entry with a tab', '-\tKey: "a\nb"\n', '-\tKey: "a\n    b"\n'],
  ['a dash that is part of the key', '-x: "a\nb"\n', '-x: "a\n  b"\n'],
  ['a single-quoted scalar with an escaped quote', "K: 'it''s\nopen'\nL: 1\n", "K: 'it''s\n  open'\nL: 1\n"],
  ['a double-quoted scalar with an escaped quote', 'K: "a\\"\nb"\nL: 1\n', 'K: "a\\"\n  b"\nL: 1\n'],
  ['a scalar that closes on its own line', 'K: "a"\nL: "b" # "c\nM: 1\n', undefined],
  ['a comment in a flow collection ends the line', 'K: [a, # ]\nb]\n', 'K: [a, # ]\n  b]\n'],
  ['a # inside a word is not a comment', 'K: [a#],\nb]\n', undefined],
  ['an apostrophe inside a flow word is text', "K: [Bob's team,\nx]\nL: 1\n", "K: [Bob's team,\n  x]\nL: 1\n"],
  ['a quote after a comma opens a scalar', "K: [a, 'b,\n]c']\nL: 1\n", "K: [a, 'b,\n  ]c']\nL: 1\n"],
  ['a quote after a colon opens a scalar', 'K: {a: "b,\n}c"}\nL: 1\n', 'K: {a: "b,\n  }c"}\nL: 1\n'],
  ['text after a closed quoted scalar is not scanned', 'K: "a\nb" [\nL: "c\nd"\n', 'K: "a\n  b" [\nL: "c\n  d"\n'],
  ['a tag before the value', 'K: !Sub "a\nb"\n', 'K: !Sub "a\n  b"\n'],
  ['Windows line ends', 'K: "a\r\nb"\r\nL: "c\r\nd"\r\n', 'K: "a\r\n  b"\r\nL: "c\r\n  d"\r\n'],
  ['a literal block is text, not YAML', 'K: |\n  "open\n\n  more\nL: "a\nb"\n', 'K: |\n  "open\n\n  more\nL: "a\n  b"\n'],
  ['a folded block with a header comment', 'K: >- # c\n  [open\nL: 1\n', undefined],
  ['a tagged block', 'K: !Sub |\n  "${A}\nL: 1\n', undefined],
  ['a block in a sequence entry', '- |\n  "x\n- "a\nb"\n', '- |\n  "x\n- "a\n    b"\n'],
  ['never closed: the rest is indented once, then reading stops', 'K: [\nx\nL: "y\nz"\n', 'K: [\n  x\n  L: "y\n  z"\n'],
  ['blank lines inside stay blank', 'K: "a\n\nb"\n', 'K: "a\n\n  b"\n'],
  ['nothing open', 'a: 1\nb: [1, 2]\n', undefined],
  ['a quoted key', '"K": "a\nb"\n', '"K": "a\n  b"\n'],
  ['a key with a colon inside', 'aws:PrincipalArn: [a,\nb]\n', 'aws:PrincipalArn: [a,\n  b]\n'],
  ['an indented key', '  K: "a\n  b"\n', '  K: "a\n    b"\n'],
  ['a quote after a comma hides a closing bracket', "K: [a, 'b]\nc']\nL: 1\n", "K: [a, 'b]\n  c']\nL: 1\n"],
  ['a double quote after a comma hides a closing bracket', 'K: [a, "b]\nc"]\nL: 1\n', 'K: [a, "b]\n  c"]\nL: 1\n'],
  ['a # at the start of a continuation line is a comment', 'K: [a,\n# ]\nb]\nL: 1\n', 'K: [a,\n  # ]\n  b]\nL: 1\n'],
  ['a # after a word is text, even on a line with spaces', 'K: [a b#]\nc]\n', undefined],
  ['a # before a space is text', 'K: [a# ]\nc]\n', undefined],
  ['a flow map inside a flow sequence', 'K: [{\n}\n]\nL: 1\n', 'K: [{\n  }\n  ]\nL: 1\n'],
  ['a key with a space is not a sequence entry', 'a b: "x\ny"\n', 'a b: "x\n  y"\n'],
  ['a blank line inside an indented block', '  K: |\n    a\n \n    "b\n  L: 1\n', undefined],
  ['a block at the end of the file', 'K: "a\nb"\nL: |\n  "x\n', 'K: "a\n  b"\nL: |\n  "x\n'],
  ['a block header with a Windows line end', 'K: |\r\n  "open\r\nL: 1\r\n', undefined],
])('%s', (_name, text, expected) => {
  const relaxed = relaxIndentation(text);
  expect(relaxed).toBe(expected);
  if (relaxed !== undefined) expect(relaxed.split('\n')).toHaveLength(text.split('\n').length);
});
