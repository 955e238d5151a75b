/**
 * Which Serverless services a changed fragment belongs to (src/engine/load/includes.ts): the Action's only-changed
 * mode checks a service when a file it includes changes, and a service it cannot read, so that the check says why.
 */
import { join, resolve } from 'node:path';
import { expect, test } from '@jest/globals';
import { servicesIncluding } from '../src/engine/load/includes.js';
import { writeTree } from './helpers/files.js';

const SERVICE = (resources: string) => `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n${resources}`;

const PROJECT = writeTree(
  {
    'ok/serverless.yml': SERVICE('  - ${file(resources/network.yml)}\n'),
    'ok/resources/network.yml': 'Resources: {}\n',
    'nested/serverless.yml': SERVICE('  - ${file(outer.yml)}\n'),
    'nested/outer.yml': 'Resources: ${file(inner.yml)}\n',
    'nested/inner.yml': '{}\n',
    'broken-include/serverless.yml': SERVICE('  - ${file(frag.yml)}\n'),
    'broken-include/frag.yml': 'X: [\n',
    'unreadable/serverless.yml': 'service: x\nprovider: [\n',
    'not-a-service/template.yaml': 'Resources: ${file(../ok/resources/network.yml)}\n',
    'broken-template/template.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n",
    'not-a-template/serverless.yml': 'just: notes\n',
  },
  'eg-includes-',
);
const at = (...names: string[]) => names.map((n) => join(PROJECT, n));

test('a changed fragment selects the services that include it, at any depth', async () => {
  expect(await servicesIncluding([PROJECT], at('ok/resources/network.yml'))).toStrictEqual(
    at('broken-include/serverless.yml', 'ok/serverless.yml', 'unreadable/serverless.yml'),
  );
  expect(await servicesIncluding([PROJECT], at('nested/inner.yml'))).toStrictEqual(
    at('broken-include/serverless.yml', 'nested/serverless.yml', 'unreadable/serverless.yml'),
  );
});

test('changed paths are compared resolved, as written by git (relative to the working directory)', async () => {
  const relativePath = join('test', 'templates', 'inputs', 'serverless', 'file-include');
  const changed = [join(relativePath, 'resources', 'network.yml')];
  expect(await servicesIncluding([relativePath], changed)).toStrictEqual([join(relativePath, 'serverless.yml')]);
  expect(await servicesIncluding([resolve(relativePath)], changed)).toStrictEqual([resolve(relativePath, 'serverless.yml')]);
});

test('a changed service is not listed (it is checked anyway), nor a template that is not a serverless.yml', async () => {
  expect(await servicesIncluding([PROJECT], at('ok/serverless.yml', 'unrelated.yml'))).toStrictEqual(
    at('broken-include/serverless.yml', 'unreadable/serverless.yml'),
  );
  expect(await servicesIncluding([join(PROJECT, 'ok'), join(PROJECT, 'not-a-service')], at('ok/resources/network.yml'))).toStrictEqual(at('ok/serverless.yml'));
});

test('a service that cannot be read, or whose changed include cannot be parsed, is listed so that its check says why', async () => {
  expect(await servicesIncluding([join(PROJECT, 'broken-include')], at('broken-include/frag.yml'))).toStrictEqual(at('broken-include/serverless.yml'));
  expect(await servicesIncluding([join(PROJECT, 'unreadable')], at('elsewhere.yml'))).toStrictEqual(at('unreadable/serverless.yml'));
});

test('a changed service that cannot be read is not listed either: it is checked anyway', async () => {
  expect(await servicesIncluding([join(PROJECT, 'unreadable')], at('unreadable/serverless.yml'))).toStrictEqual([]);
});

test('neither a broken template that is not a serverless.yml, nor a serverless.yml that is not a service', async () => {
  const paths = [join(PROJECT, 'broken-template'), join(PROJECT, 'not-a-template')];
  expect(await servicesIncluding(paths, at('ok/resources/network.yml'))).toStrictEqual([]);
});

test('no services under the paths: none', async () => {
  expect(await servicesIncluding([join(PROJECT, 'not-a-service')], at('ok/resources/network.yml'))).toStrictEqual([]);
});
