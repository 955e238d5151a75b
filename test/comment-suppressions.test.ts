/**
 * `# endpoint-guard-ignore` comments (src/engine/load/comment-suppressions.ts): which lines they cover, which rules,
 * with which reason, and which `#` is not a comment at all.
 */
import { expect, test } from '@jest/globals';
import { commentSuppressions } from '../src/engine/load/comment-suppressions.js';

/** `rule@line:column→target "reason"` for each suppression found. */
const found = (text: string) =>
  commentSuppressions(text, 'f.yml').map((s) => {
    expect([s.via, s.loc.file]).toStrictEqual(['comment', 'f.yml']);
    return `${s.rule}@${s.loc.line}:${s.loc.column}→${s.targetLine ?? '?'}${s.reason === undefined ? '' : ` "${s.reason}"`}`;
  });

test.each([
  ['at the end of a line: that line', 'a: 1\nb: 2 # endpoint-guard-ignore lambda-multi-az -- one zone\n', ['lambda-multi-az@2:6→2 "one zone"']],
  ['alone: the next line with content', '# endpoint-guard-ignore vpc-dns-support -- shared VPC\nVpc: x\n', ['vpc-dns-support@1:1→2 "shared VPC"']],
  ['alone, past blank lines and other comments', '  #endpoint-guard-ignore vpc-dns-support\n\n  # other\n   \nVpc: x\n', ['vpc-dns-support@1:3→5']],
  ['alone at the end of the file: past the last line, covering nothing', 'a: 1\n# endpoint-guard-ignore vpc-dns-support -- x\n', ['vpc-dns-support@2:1→4 "x"']],
  ['several rules, spaced any way', 'x: 1 # endpoint-guard-ignore a-rule ,b2 , c -- why\n', ['a-rule@1:6→1 "why"', 'b2@1:6→1 "why"', 'c@1:6→1 "why"']],
  ['an empty reason is no reason', 'x: 1 # endpoint-guard-ignore a --   \n', ['a@1:6→1']],
  ['no reason', 'x: 1 # endpoint-guard-ignore a\n', ['a@1:6→1']],
  ['a reason with dashes and trailing blanks', 'x: 1 # endpoint-guard-ignore a -- a -- b  \n', ['a@1:6→1 "a -- b"']],
  ['Windows line ends', '# endpoint-guard-ignore a -- r\r\nx: 1\r\n', ['a@1:1→2 "r"']],
  ['a tab before the #', 'x: 1\t# endpoint-guard-ignore a\n', ['a@1:6→1']],
  ['a # inside a word', 'x: a# endpoint-guard-ignore a\n', []],
  ['a # inside double quotes', 'x: "# endpoint-guard-ignore a"\n', []],
  ['a # inside single quotes', "x: '# endpoint-guard-ignore a'\n", []],
  ['after a closed quoted value', 'x: "a" # endpoint-guard-ignore a\n', ['a@1:8→1']],
  ['a spaced # inside double quotes', 'x: "a # endpoint-guard-ignore a"\n', []],
  ['a spaced # inside single quotes', "x: 'a # endpoint-guard-ignore a'\n", []],
  ['a # inside quotes in a flow sequence', 'x: [b, "a # endpoint-guard-ignore a"]\n', []],
  ['a # inside a quoted sequence entry', "- 'a # endpoint-guard-ignore a'\n", []],
  ['a # inside a quoted key', '"a # endpoint-guard-ignore a": 1\n', []],
  ['a # after an escaped double quote, still inside', 'x: "a\\" # endpoint-guard-ignore a"\n', []],
  ['a # after an escaped single quote, still inside', "x: 'it''s # endpoint-guard-ignore a'\n", []],
  ['after a value with an apostrophe', "Description: Bob's function # endpoint-guard-ignore a -- it's fine\n", ['a@1:29→1 "it\'s fine"']],
  ['after a value with a quote inside a word', 'x: say"hi # endpoint-guard-ignore a\n', ['a@1:11→1']],
  ['after a quoted value that holds the other quote', 'x: "it\'s" # endpoint-guard-ignore a\n', ['a@1:11→1']],
  ['a # inside a quoted value after a tag', "Value: !Sub 'arn # endpoint-guard-ignore a -- x'\n", []],
  ['a # inside a double-quoted value after a standard tag', 'x: !!str "a # endpoint-guard-ignore a"\n', []],
  ['a # inside a quoted value after an anchor', "x: &name 'a # endpoint-guard-ignore a'\n", []],
  ['a # inside a quoted explicit key', "? 'k # endpoint-guard-ignore a'\n", []],
  ['a # inside a quoted value in a JSON-like flow map', '{"k":"v # endpoint-guard-ignore a"}\n', []],
  ['after a plain scalar with a comma and a quote', "Description: Bob's x, 'y # endpoint-guard-ignore a\n", ['a@1:26→1']],
  ['after a plain scalar with a dash and a quote', "x: value - 'y # endpoint-guard-ignore a\n", ['a@1:15→1']],
  ['after a plain scalar with brackets and a quote', "x: a[b] 'y # endpoint-guard-ignore a\n", ['a@1:12→1']],
  ['after a closed flow sequence', "x: [a, 'b'] # endpoint-guard-ignore a\n", ['a@1:13→1']],
  ['upper-case rule names are not rule names', 'x: 1 # endpoint-guard-ignore A\n', []],
  ['another tool’s comment', 'x: 1 # cfn-lint-ignore a\n', []],
  ['no rule named', 'x: 1 # endpoint-guard-ignore\n', []],
])('%s', (_name, text, expected) => {
  expect(found(text)).toStrictEqual(expected);
});
