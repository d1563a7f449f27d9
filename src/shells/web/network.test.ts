import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../../query/results.js';
import { actorNetwork } from './network.js';
import { eventSeries, periodSeconds } from './series.js';

const doc = { id: 'd1', title: 'T', source: 'S', language: 'en', published: '2020-09-30T06:49:00+03:00' };
const record = (id: string, source: string | undefined, target: string | undefined, quadClass: number, goldstein: number, day?: string): EventRecord => ({
  docId: 'd1',
  ...(day ? { day } : {}),
  event: { id, cameo: '190', cameoRoot: '19', quadClass, goldstein, kind: 'reported', evidence: { start: 0, end: 1 } },
  ...(source ? { source: { text: source, name: source } } : {}),
  ...(target ? { target: { text: target, code: target === 'Iraq' ? 'IRQ' : undefined } } : {}),
  evidence: 'x',
  lead: false,
  document: doc,
});

describe('actor network', () => {
  it('weights edges by events and colours them by the majority of cooperation or conflict', () => {
    const { nodes, edges } = actorNetwork([record('1', 'Sadr', 'Factions', 3, -4), record('2', 'Sadr', 'Factions', 4, -10), record('3', 'Sadr', 'Factions', 1, 3), record('4', 'Iraq', 'Sadr', 1, 2), record('5', 'Sadr', undefined, 1, 1), record('6', 'Sadr', 'sadr', 1, 1)]);
    assert.deepEqual(nodes.map((n) => [n.label, n.events]), [['Sadr', 4], ['Factions', 3], ['Iraq', 1]]);
    const edge = edges.find((e) => e.source === 'sadr' && e.target === 'factions')!;
    assert.equal(edge.events, 3);
    assert.equal(edge.relation, 'conflict');
    assert.equal(edge.goldstein, -11 / 3);
    assert.equal(edges.find((e) => e.source === 'iraq')!.relation, 'cooperation');
    assert.equal(edges.length, 2, 'no edge without a target, no self-loop');
  });
});

describe('timeline series', () => {
  it('counts per day by QuadClass with the mean Goldstein; a month counts on its first day, the publication day stands in for an undated event', () => {
    const s = eventSeries([record('1', 'a', 'b', 3, -4, '2020-01-03'), record('2', 'a', 'b', 4, -10, '2020-01-03'), record('3', 'a', 'b', 1, 3), record('4', 'a', 'b', 2, 2, '2020-01'), record('5', 'a', 'b', 1, 1, '2020-09-30')]);
    assert.deepEqual(s.days, ['2020-01-01', '2020-01-03', '2020-09-30']);
    assert.deepEqual(s.byQuad, [[0, 0, 2], [1, 0, 0], [0, 1, 0], [0, 1, 0]]);
    assert.deepEqual(s.tone, [2, -7, 2]);
  });
  it('reads days and ISO weeks as UTC seconds', () => {
    assert.equal(periodSeconds('2020-09-29'), Date.UTC(2020, 8, 29) / 1000);
    assert.equal(periodSeconds('2020-W01'), Date.UTC(2019, 11, 30) / 1000, 'week 1 of 2020 starts on Monday 30 December 2019');
    assert.equal(periodSeconds('2020-W40'), Date.UTC(2020, 8, 28) / 1000);
    assert.equal(periodSeconds('September'), undefined);
  });
});

describe('events table', () => {
  it('shows dates as precise as the text and sorts with empty values last', async () => {
    const { cell, sortEvents } = await import('./event-table.js');
    const rows = [record('1', 'a', 'b', 1, 1, '2020-01'), record('2', 'a', 'b', 1, 1, '2021-03-03'), record('3', 'a', 'b', 1, Number.NaN, '2019')];
    assert.equal(cell(rows[0]!, 'day'), '2020-01');
    assert.deepEqual(sortEvents(rows, 'day', false).map((r) => r.event.id), ['3', '1', '2']);
    rows[2]!.event.goldstein = undefined;
    assert.deepEqual(sortEvents(rows, 'goldstein', true).map((r) => r.event.id), ['1', '2', '3']);
  });
});
