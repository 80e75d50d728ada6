import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { createWriter, type CommittedBatch } from '../../server/db/writer.ts';

function createNotesDb(): Db {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
  return db;
}

const insertNote = (tx: Db, text: string) =>
  Number(tx.prepare('INSERT INTO notes (text) VALUES (?)').run(text).lastInsertRowid);
const noteTexts = (db: Db) => db.prepare('SELECT text FROM notes ORDER BY id').pluck().all() as string[];

describe('createWriter', () => {
  it('commits the jobs queued in one tick in one transaction', async () => {
    const db = createNotesDb();
    const batches: CommittedBatch[] = [];
    const writer = createWriter(db, { afterCommit: (batch) => batches.push(batch) });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((text) => writer.write((tx) => insertNote(tx, text))));
    expect(batches).toEqual([{ jobs: 5 }]);
    expect(noteTexts(db)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('splits a long queue into transactions of at most maxBatch jobs', async () => {
    const db = createNotesDb();
    const batches: number[] = [];
    const writer = createWriter(db, { maxBatch: 4, afterCommit: ({ jobs }) => batches.push(jobs) });
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.write((tx) => insertNote(tx, `n${i}`))));
    expect(batches).toEqual([4, 4, 2]);
  });

  it('rolls back a failing job alone and rejects only its promise', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    const results = await Promise.allSettled([
      writer.write((tx) => insertNote(tx, 'kept-1')),
      writer.write((tx) => {
        insertNote(tx, 'lost');
        throw new Error('boom');
      }),
      writer.write((tx) => insertNote(tx, 'kept-1')), // UNIQUE violation: fails too
      writer.write((tx) => insertNote(tx, 'kept-2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(results[1]?.status === 'rejected' && (results[1].reason as Error).message).toBe('boom');
    expect(noteTexts(db)).toEqual(['kept-1', 'kept-2']);
    expect(db.inTransaction).toBe(false);
  });

  it('rejects the whole batch when SQLite ends the transaction under it, and goes on writing', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    const results = await Promise.allSettled([
      writer.write((tx) => insertNote(tx, 'lost-1')),
      writer.write((tx) => tx.exec('ROLLBACK')), // as SQLite does itself on a full disk or an I/O error
      writer.write((tx) => insertNote(tx, 'lost-2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(noteTexts(db)).toEqual([]);
    await expect(writer.write((tx) => insertNote(tx, 'next'))).resolves.toBe(1);
  });

  it('runs jobs in the order they were queued, across batches', async () => {
    const db = createNotesDb();
    const writer = createWriter(db, { maxBatch: 3 });
    const order: number[] = [];
    const jobs = Array.from({ length: 8 }, (_, i) => writer.write(() => order.push(i)));
    await Promise.all(jobs);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the writes when afterCommit throws, and goes on writing', async () => {
    const db = createNotesDb();
    let calls = 0;
    const writer = createWriter(db, {
      afterCommit: () => {
        calls += 1;
        throw new Error('feed down');
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await expect(writer.write((tx) => insertNote(tx, 'first'))).resolves.toBe(1);
      await expect(writer.write((tx) => insertNote(tx, 'second'))).resolves.toBe(2);
    } finally {
      console.error = original;
    }
    expect(noteTexts(db)).toEqual(['first', 'second']);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });

  it('lands all of 200 parallel writes', async () => {
    const db = createNotesDb();
    let transactions = 0;
    const writer = createWriter(db, { afterCommit: () => void (transactions += 1) });
    const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => writer.write((tx) => insertNote(tx, `w${i}`))));
    expect(new Set(ids).size).toBe(200);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(200);
    expect(transactions).toBeLessThan(200);
  });

  it('refuses work that returns a promise, writing nothing', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    await expect(writer.write((tx) => Promise.resolve(insertNote(tx, 'async')))).rejects.toThrow(/writer.unit/);
    expect(noteTexts(db)).toEqual([]);
  });

  it('commits a unit of work that awaits only settled promises', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    const ids = await writer.unit(async (tx) => {
      const a = await Promise.resolve(insertNote(tx, 'u1'));
      const b = await Promise.resolve(insertNote(tx, 'u2'));
      return [a, b];
    });
    expect(ids).toEqual([1, 2]);
    expect(noteTexts(db)).toEqual(['u1', 'u2']);
  });

  it('rolls back a unit of work that awaits I/O, and closes it', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    let openAfterWait: boolean | null = null;
    const unit = writer.unit(async (tx, isOpen) => {
      insertNote(tx, 'before-io');
      await new Promise((resolve) => setTimeout(resolve, 5));
      openAfterWait = isOpen();
    });
    await expect(unit).rejects.toThrow(/awaited I\/O/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openAfterWait).toBe(false);
    expect(noteTexts(db)).toEqual([]);
    await expect(writer.write((tx) => insertNote(tx, 'after'))).resolves.toBe(1);
  });

  it('drained() resolves once every queued job has settled', async () => {
    const db = createNotesDb();
    const writer = createWriter(db);
    const settled: string[] = [];
    void writer.write((tx) => insertNote(tx, 'x')).then(() => settled.push('x'));
    void writer.write((tx) => insertNote(tx, 'y')).then(() => settled.push('y'));
    await writer.drained();
    await Promise.resolve();
    expect(settled).toEqual(['x', 'y']);
    expect(db.inTransaction).toBe(false);
  });
});
