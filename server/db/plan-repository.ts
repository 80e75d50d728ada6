import {
  planDocumentSchema,
  type Deadline,
  type Period,
  type PlanResponse,
  type Target,
  type TrackedTask,
} from '../schema/plan.ts';
import type { Db } from './open-database.ts';

interface TargetRow {
  id: string;
  subject: Target['subject'];
  statistic: Target['statistic'];
  limit_value: number;
  unit: Target['unit'];
  basis: Target['basis'];
  standard: string | null;
  strength: Target['strength'];
  name_zh: string;
  name_en: string;
  quote: string;
}
interface TaskRow {
  number: number;
  part: string;
  section: string;
  title: string;
  title_en: string;
  requirement: string;
  lead_units: string;
  cooperating_units: string;
  responsible_units: string;
  deadlines: string;
  schedule: string | null;
  period: string | null;
  status: TrackedTask['status'];
  progress_note: string | null;
  status_provenance: TrackedTask['statusProvenance'];
}

/** A deadline or period as stored: a database seeded before they carried strength and convention lacks them. */
type StoredDeadline = Omit<Deadline, 'strength'> & Partial<Pick<Deadline, 'strength'>>;
type StoredPeriod = Omit<Period, 'convention'> & Partial<Pick<Period, 'convention'>>;

/** A stored deadline; without a strength, the plan's wording decides (力争 → strive), as extractPlan checks it. */
const storedDeadline = (d: StoredDeadline): Deadline => ({
  ...d,
  strength: d.strength ?? (d.quote.includes('力争') ? 'strive' : 'firm'),
});
const storedPeriod = (p: StoredPeriod): Period => ({ ...p, convention: p.convention ?? null });

/** The plan's targets and its 17 tasks with their tracking state. */
export function readPlan(db: Db): PlanResponse {
  const targets = (db.prepare('SELECT * FROM plan_targets ORDER BY position').all() as TargetRow[]).map(
    (r): Target => ({
      id: r.id,
      subject: r.subject,
      statistic: r.statistic,
      limit: r.limit_value,
      unit: r.unit,
      basis: r.basis,
      standard: r.standard,
      strength: r.strength,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      quote: r.quote,
    }),
  );
  const tasks = (db.prepare('SELECT * FROM plan_tasks ORDER BY number').all() as TaskRow[]).map(
    (r): TrackedTask => ({
      number: r.number,
      part: r.part,
      section: r.section,
      title: r.title,
      titleEn: r.title_en,
      requirement: r.requirement,
      leadUnits: JSON.parse(r.lead_units) as string[],
      cooperatingUnits: JSON.parse(r.cooperating_units) as string[],
      responsibleUnits: JSON.parse(r.responsible_units) as string[],
      deadlines: (JSON.parse(r.deadlines) as StoredDeadline[]).map(storedDeadline),
      schedule: r.schedule ? (JSON.parse(r.schedule) as TrackedTask['schedule']) : null,
      period: r.period ? storedPeriod(JSON.parse(r.period) as StoredPeriod) : null,
      status: r.status,
      progressNote: r.progress_note,
      statusProvenance: r.status_provenance,
    }),
  );
  const meta = db.prepare("SELECT value FROM dataset_meta WHERE key = 'plan_document'").get() as
    | { value: string }
    | undefined;
  if (!meta) throw new Error("dataset_meta has no 'plan_document': the database was not seeded");
  return { ...planDocumentSchema.parse(JSON.parse(meta.value)), targets, tasks };
}
