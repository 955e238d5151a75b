/**
 * Each output's escaping function on exact strings (the properties of all of them, on random strings, are in
 * hostile/properties.test.ts): what each character becomes, and what is left alone.
 */
import { describe, expect, test } from '@jest/globals';
import {
  escapeJsonText,
  escapeLineStart,
  escapeMarkdown,
  escapeMermaid,
  escapeSarifText,
  escapeTerminal,
  escapeWorkflowData,
  escapeWorkflowProperty,
  showControls,
} from '../src/engine/report/escape.js';

describe('control characters become visible escapes', () => {
  test.each([
    ['\n\r\t', '\\n\\r\\t'],
    ['\u0000\u001b\u007f', '\\x00\\x1b\\x7f'],
    ['\u009f', '\\x9f'],
    ['\u00ff', '\u00ff'],
    ['\u202e\u2066\u2028', '\\u202e\\u2066\\u2028'],
    ['\u061c', '\\u061c'],
    ['plain text: ##[x] and ::y', 'plain text: ##[x] and ::y'],
  ])('showControls(%j)', (input, shown) => {
    expect(showControls(input)).toBe(shown);
  });
});

describe('terminal and workflow commands', () => {
  test('the legacy marker ##[ anywhere in a line', () => {
    expect(escapeTerminal('a ##[error] b\u001b[31m')).toBe('a #\\x23[error] b\\x1b[31m');
  });

  test.each([
    ['::error::x', '\\x3a:error::x'],
    ['  ::warning::x', '\\x3a:warning::x'],
    ['a ::error::x', 'a ::error::x'],
    ['x\n::error::y', 'x\\n::error::y'],
  ])('a line that would start with :: (%j)', (input, shown) => {
    expect(escapeLineStart(input)).toBe(shown);
  });

  test('workflow data: % as the toolkit escapes it; CR and LF are shown as escapes before it could', () => {
    expect(escapeWorkflowData('100% done')).toBe('100%25 done');
    expect(escapeWorkflowData('a\nb')).toBe('a\\nb');
    expect(escapeWorkflowData('a\r\nb')).toBe('a\\r\\nb');
    expect(escapeWorkflowData('a:b,c')).toBe('a:b,c');
  });

  test('workflow properties: also : and ,', () => {
    expect(escapeWorkflowProperty('t.yaml:3,x 5%')).toBe('t.yaml%3A3%2Cx 5%25');
  });
});

describe('documents', () => {
  test('Markdown and HTML: every special character as a numeric reference', () => {
    expect(escapeMarkdown('a*b_[c](d)<e>#|&$\\`~!+{}')).toBe(
      'a&#42;b&#95;&#91;c&#93;&#40;d&#41;&#60;e&#62;&#35;&#124;&#38;&#36;&#92;&#96;&#126;&#33;&#43;&#123;&#125;',
    );
    expect(escapeMarkdown('line\nbreak')).toBe('line\\nbreak');
  });

  test('Mermaid: its own entities, quotes as #quot;', () => {
    expect(escapeMermaid('say "hi" <b>#1 & `x` \\')).toBe('say #quot;hi#quot; #60;b#62;#35;1 #38; #96;x#96; #92;');
    expect(escapeMermaid('a\u001bb')).toBe('a\\x1bb');
  });

  test('SARIF text: no quoted text forms a link, a backslash before a bracket is doubled', () => {
    expect(escapeSarifText('see [x](1) and \\[y] \\z')).toBe('see [x\\](1) and \\\\[y] \\z');
    expect(escapeSarifText('a]b \\]( c\u0007')).toBe('a]b \\\\\\]( c\\x07');
  });

  test('JSON text: invisible characters as \\u escapes, ##[ broken', () => {
    expect(escapeJsonText('"a\u202eb\u0085" ##[x]')).toBe('"a\\u202eb\\u0085" #\\u0023[x]');
    expect(escapeJsonText('"\u061c"')).toBe('"\\u061c"');
    expect(escapeJsonText('"tab\\t"')).toBe('"tab\\t"');
  });
});
