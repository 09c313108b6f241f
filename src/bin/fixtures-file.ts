/// <reference types="node" />
/** Reading and writing fixtures files for the CLI (Node only). */
import { readFile, writeFile } from 'node:fs/promises';
import { FixturesError, parseFixtures, type ContractFixtures } from '../contract/fixtures.js';
import { FIXTURES_TEMPLATE } from '../contract/fixtures-template.js';

/** Loads and checks a fixtures file; a missing, unreadable or invalid file is a `FixturesError` saying so. */
export async function loadFixtures(path: string): Promise<ContractFixtures> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FixturesError(`The fixtures file ${path} does not exist. Write a commented template with: account-widgets verify --init ${path}`);
    if (code === 'EISDIR') throw new FixturesError(`${path} is a directory, not a fixtures file.`);
    throw new FixturesError(`The fixtures file ${path} cannot be read: ${(error as Error).message}`);
  }
  return parseFixtures(text, path);
}

/** Writes the commented template; refuses to overwrite unless `force`. */
export async function writeFixturesTemplate(path: string, force = false): Promise<void> {
  try {
    await writeFile(path, FIXTURES_TEMPLATE, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FixturesError(`${path} exists already; pass --force to overwrite it.`);
    throw error;
  }
}
