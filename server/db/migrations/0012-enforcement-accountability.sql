-- Enforcement, assistance and accountability (issue 17; tasks 1, 6, 8, 13, 17 and 五、保障措施): departments and
-- their responsibilities, each township's first responsible persons (第一责任人), the departments' annual plan
-- items (S3) and special funds (S5); enforcement cases (执法案件) with their steps and documents; assistance visits
-- (帮扶) with the problems found and the enterprise's requests (诉求); public reports (举报); fuel-quality sampling
-- (油品抽检) and the traces of failed samples; the energy ledger, coal-consuming project approvals with their
-- coal-reduction substitution (减量替代), the 两高 project register, the build kind of kilns and boilers; activated-
-- carbon replacements and spent-carbon transfers, and low-VOC material use.
-- Times: `*_at` columns are China Standard Time 'YYYY-MM-DDTHH:mm'; dates are 'YYYY-MM-DD'; `recorded_at` is an
-- ISO 8601 UTC instant of this server. Money is in yuan (元) for fines and 万元 for funds. Register rows carry
-- provenance and source like every other layer.

-- 1. Departments (部门): the district's departments named in the plan's tasks, the public-security branches and
-- every township's government ('township', with its township_code). `id` is a stable slug ('eco-env',
-- 'township-140902001' …).
CREATE TABLE departments (
  id             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 2 AND 40),
  name           TEXT NOT NULL UNIQUE,             -- 区住建局, 市生态环境局忻府分局, 秀容街道办事处 …
  name_en        TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('district', 'city-branch', 'township')),
  township_code  TEXT REFERENCES townships(code),  -- the township a township government serves
  position       INTEGER NOT NULL,                 -- display order
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK ((kind = 'township') = (township_code IS NOT NULL))
) STRICT;

-- Users belong to one department (NULL: not yet assigned, e.g. accounts made before 0012).
ALTER TABLE users ADD COLUMN department_id TEXT REFERENCES departments(id);

-- Each task's lead (牵头), cooperating (配合) and responsible (责任) units as departments. Collective units
-- ('各乡镇（街道）') expand to every township government; units the plan names that are not departments
-- ('相关企业') have no row.
CREATE TABLE task_departments (
  task           INTEGER NOT NULL REFERENCES plan_tasks(number),
  department_id  TEXT NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
  role           TEXT NOT NULL CHECK (role IN ('lead', 'cooperating', 'responsible')),
  PRIMARY KEY (task, department_id, role)
) STRICT;
CREATE INDEX task_departments_department ON task_departments(department_id);

-- Alerts route to the task's first lead department by default (department_id NULL); a handler may route one
-- elsewhere (department_id set).
ALTER TABLE alerts ADD COLUMN department_id TEXT REFERENCES departments(id);

-- 2. Each township's first responsible persons (第一责任人, S1): the party secretary and the head of government,
-- with the period they hold the post (until NULL = in post).
CREATE TABLE township_leaders (
  id             INTEGER PRIMARY KEY,
  township_code  TEXT NOT NULL REFERENCES townships(code),
  name           TEXT NOT NULL,
  post           TEXT NOT NULL,                 -- 党委书记, 镇长, 街道办事处主任 …
  role           TEXT NOT NULL CHECK (role IN ('party-secretary', 'government-head', 'deputy-in-charge')),
  phone          TEXT,
  since          TEXT NOT NULL,
  until          TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK (until IS NULL OR until >= since)
) STRICT;
CREATE INDEX township_leaders_township ON township_leaders(township_code);

-- 3. The departments' annual plan items for air-pollution work (S3: 纳入本部门年度计划), with progress.
CREATE TABLE department_plan_items (
  id             INTEGER PRIMARY KEY,
  department_id  TEXT NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
  year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title          TEXT NOT NULL,
  task           INTEGER REFERENCES plan_tasks(number),  -- the plan task it serves, if any
  due_on         TEXT NOT NULL,
  progress       INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),  -- percent
  status         TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'cancelled')),
  done_on        TEXT,
  note           TEXT,
  updated_at     TEXT NOT NULL,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK ((status = 'done') = (done_on IS NOT NULL)),
  CHECK (status <> 'done' OR progress = 100)
) STRICT;
CREATE INDEX department_plan_items_department ON department_plan_items(department_id, year);

-- 4. Special funds for air-pollution control (S5: 专项资金), per project.
CREATE TABLE special_funds (
  id             INTEGER PRIMARY KEY,
  department_id  TEXT NOT NULL REFERENCES departments(id),
  year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  project        TEXT NOT NULL,
  purpose        TEXT NOT NULL CHECK (purpose IN ('loose-coal', 'deep-treatment', 'monitoring', 'capacity', 'other')),
  amount_wan     REAL NOT NULL CHECK (amount_wan > 0),           -- 万元, allocated
  disbursed_wan  REAL NOT NULL DEFAULT 0 CHECK (disbursed_wan >= 0),  -- 万元, paid out so far
  status         TEXT NOT NULL CHECK (status IN ('planned', 'approved', 'disbursing', 'completed', 'cancelled')),
  task           INTEGER REFERENCES plan_tasks(number),
  township_code  TEXT REFERENCES townships(code),
  note           TEXT,
  provenance     TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source         TEXT NOT NULL,
  CHECK (disbursed_wan <= amount_wan)
) STRICT;
CREATE INDEX special_funds_department ON special_funds(department_id, year);

-- 5. Enforcement cases (执法案件, S8, S10, T17.6). Life cycle: 'filed' (立案) → 'investigating' (调查) →
-- 'decided' (处罚决定) or 'no-penalty' (不予处罚) → 'rectifying' (整改: an order with a deadline, then
-- re-inspection; a failed re-inspection keeps it rectifying with a new deadline) → 'closed' (结案). A case is about
-- one entity of a map layer (entity_layer, entity_id) and comes from an alert, an inspection, a public report, a
-- fuel sample or elsewhere. The current state is denormalised here; case_steps hold the history.
CREATE TABLE enforcement_cases (
  id                   INTEGER PRIMARY KEY,
  number               TEXT NOT NULL UNIQUE,    -- 案件编号, e.g. 忻府环立〔2023〕0012号
  origin               TEXT NOT NULL CHECK (origin IN ('alert', 'inspection', 'public-report', 'fuel-sample',
                         'other')),
  alert_id             INTEGER REFERENCES alerts(id),
  report_id            INTEGER REFERENCES public_reports(id),
  sample_id            INTEGER REFERENCES fuel_samples(id),
  entity_layer         TEXT NOT NULL,
  entity_id            TEXT NOT NULL,
  entity_name          TEXT NOT NULL,
  township_code        TEXT NOT NULL REFERENCES townships(code),
  industry             TEXT,                     -- the enterprise's industry, when the entity is one
  task                 INTEGER NOT NULL REFERENCES plan_tasks(number),
  department_id        TEXT NOT NULL REFERENCES departments(id),  -- the enforcing department
  violation            TEXT NOT NULL,            -- 违法事实 as filed
  stage                TEXT NOT NULL CHECK (stage IN ('filed', 'investigating', 'decided', 'no-penalty',
                         'rectifying', 'closed')),
  opened_at            TEXT NOT NULL,
  opened_by            TEXT NOT NULL,
  legal_basis          TEXT,                     -- 法律依据 of the decision
  decision_no          TEXT,                     -- 处罚决定书文号
  fine_yuan            REAL CHECK (fine_yuan IS NULL OR fine_yuan >= 0),
  other_measures       TEXT NOT NULL DEFAULT '[]',  -- JSON array of measure codes (责令停产整治, 查封扣押 …)
  decided_at           TEXT,
  rectification_due_on TEXT,                     -- the current rectification order's deadline
  reinspected_at       TEXT,                     -- the latest re-inspection
  reinspection_result  TEXT CHECK (reinspection_result IN ('passed', 'failed')),
  closed_at            TEXT,
  updated_at           TEXT NOT NULL,
  provenance           TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  CHECK ((stage = 'closed') = (closed_at IS NOT NULL)),
  CHECK (stage NOT IN ('decided') OR decided_at IS NOT NULL),
  CHECK (origin <> 'alert' OR alert_id IS NOT NULL),
  CHECK (origin <> 'public-report' OR report_id IS NOT NULL),
  CHECK (origin <> 'fuel-sample' OR sample_id IS NOT NULL)
) STRICT;
CREATE INDEX enforcement_cases_entity ON enforcement_cases(entity_layer, entity_id);
CREATE INDEX enforcement_cases_township ON enforcement_cases(township_code);
CREATE INDEX enforcement_cases_stage ON enforcement_cases(stage);
CREATE INDEX enforcement_cases_alert ON enforcement_cases(alert_id);

-- Every step of a case, in order; `data` holds the step's own fields as JSON (the decision's basis, fine and
-- measures; the rectification order's deadline; the re-inspection's result …).
CREATE TABLE case_steps (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES enforcement_cases(id) ON DELETE CASCADE,
  step      TEXT NOT NULL CHECK (step IN ('file', 'investigate', 'decide', 'no-penalty', 'order-rectification',
              'reinspect', 'close', 'note')),
  at        TEXT NOT NULL,     -- when it happened (CST)
  actor     TEXT NOT NULL,
  actor_id  INTEGER,
  note      TEXT NOT NULL DEFAULT '',
  data      TEXT NOT NULL DEFAULT '{}',
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_steps_case ON case_steps(case_id);

-- Documents of a case (photos, PDFs) in the attachments table (0010: jpeg, png, pdf; ≤ 5 MiB).
CREATE TABLE case_attachments (
  case_id        INTEGER NOT NULL REFERENCES enforcement_cases(id) ON DELETE CASCADE,
  attachment_id  INTEGER NOT NULL REFERENCES attachments(id),
  step_id        INTEGER REFERENCES case_steps(id),
  kind           TEXT NOT NULL CHECK (kind IN ('photo', 'evidence', 'decision', 'order', 'reinspection', 'other')),
  title          TEXT NOT NULL,
  PRIMARY KEY (case_id, attachment_id)
) STRICT;

-- 6. Assistance visits (帮扶, S6, S11; the winter mechanism's 定期帮扶 draws on them): the problems found, the
-- enterprise's requests (诉求) and the follow-up.
CREATE TABLE assistance_visits (
  id              INTEGER PRIMARY KEY,
  enterprise_id   TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  department_id   TEXT NOT NULL REFERENCES departments(id),
  visited_at      TEXT NOT NULL,
  visitors        TEXT NOT NULL,           -- names, as written on the visit record
  visitor_id      INTEGER,                 -- the recording user
  topic           TEXT NOT NULL CHECK (topic IN ('policy', 'technical', 'emergency', 'permit', 'funding', 'other')),
  problems        TEXT NOT NULL DEFAULT '[]',  -- JSON [{text, category}]: problems found
  follow_up       TEXT NOT NULL DEFAULT '',    -- what was agreed to follow up
  follow_up_due_on TEXT,
  follow_up_done_on TEXT,
  photo_id        INTEGER REFERENCES attachments(id),
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  recorded_at     TEXT NOT NULL
) STRICT;
CREATE INDEX assistance_visits_enterprise ON assistance_visits(enterprise_id, visited_at);

-- The enterprise's requests (诉求) raised on a visit, each answered by a department.
CREATE TABLE assistance_requests (
  id              INTEGER PRIMARY KEY,
  visit_id        INTEGER NOT NULL REFERENCES assistance_visits(id) ON DELETE CASCADE,
  text            TEXT NOT NULL,
  category        TEXT NOT NULL CHECK (category IN ('policy', 'technical', 'funding', 'permit', 'energy',
                    'transport', 'other')),
  department_id   TEXT NOT NULL REFERENCES departments(id),   -- who must answer
  status          TEXT NOT NULL CHECK (status IN ('open', 'answered', 'resolved', 'declined')),
  response        TEXT,
  answered_at     TEXT,
  CHECK ((status = 'open') = (answered_at IS NULL))
) STRICT;
CREATE INDEX assistance_requests_visit ON assistance_requests(visit_id);

-- 7. Public reports (举报): the intake without sign-in. The reporter's contact data (name, phone) are read only by
-- those handling it. `ticket` is the number the reporter follows it with. `client_key` is a salted hash of the
-- reporter's address (abuse limits), never the address itself.
CREATE TABLE public_reports (
  id              INTEGER PRIMARY KEY,
  ticket          TEXT NOT NULL UNIQUE,
  received_at     TEXT NOT NULL,
  category        TEXT NOT NULL CHECK (category IN ('industrial-emission', 'dust', 'burning', 'odour', 'vehicle',
                    'fuel', 'coal', 'other')),
  description     TEXT NOT NULL,
  lon             REAL NOT NULL,
  lat             REAL NOT NULL,
  township_code   TEXT NOT NULL REFERENCES townships(code),  -- the township holding the pin
  address         TEXT,
  photo_id        INTEGER REFERENCES attachments(id),
  reporter_name   TEXT,
  reporter_phone  TEXT,
  status          TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'rejected', 'handled', 'closed')),
  handler         TEXT,
  reply           TEXT,                   -- the public reply shown with the ticket
  alert_id        INTEGER REFERENCES alerts(id),
  updated_at      TEXT NOT NULL,
  client_key      TEXT NOT NULL,
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic'))
) STRICT;
CREATE INDEX public_reports_status ON public_reports(status);
CREATE INDEX public_reports_client ON public_reports(client_key, received_at);

-- 8. Fuel-quality sampling (油品抽检, task 17) at stations, depots, enterprises and illegal points.
CREATE TABLE fuel_samples (
  id              INTEGER PRIMARY KEY,
  sample_no       TEXT NOT NULL UNIQUE,
  sampled_at      TEXT NOT NULL,
  site_kind       TEXT NOT NULL CHECK (site_kind IN ('station', 'depot', 'enterprise', 'illegal-point')),
  site_name       TEXT NOT NULL,
  site_ref        TEXT,                   -- the enterprise's or the fuel point's id, when the site is one
  township_code   TEXT NOT NULL REFERENCES townships(code),
  lon             REAL NOT NULL,
  lat             REAL NOT NULL,
  product         TEXT NOT NULL CHECK (product IN ('gasoline-92', 'gasoline-95', 'gasoline-98', 'diesel-0',
                    'diesel-minus10', 'diesel-minus20', 'urea')),
  standard        TEXT NOT NULL,          -- GB 17930-2016 (车用汽油), GB 19147-2016 (车用柴油), GB 29518-2013 …
  result          TEXT NOT NULL CHECK (result IN ('pending', 'pass', 'fail')),
  failed_items    TEXT NOT NULL DEFAULT '[]',  -- JSON [{item, value, limit, unit}]
  lab             TEXT,
  sampler         TEXT NOT NULL,
  result_on       TEXT,
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL,
  CHECK ((result = 'pending') = (result_on IS NULL)),
  CHECK (result = 'fail' OR failed_items = '[]')
) STRICT;
CREATE INDEX fuel_samples_township ON fuel_samples(township_code);

-- The trace of a failed sample (溯源): supplier, transporter and source, and its outcome.
CREATE TABLE fuel_traces (
  id              INTEGER PRIMARY KEY,
  sample_id       INTEGER NOT NULL UNIQUE REFERENCES fuel_samples(id) ON DELETE CASCADE,
  supplier        TEXT,
  transporter     TEXT,
  origin          TEXT,                  -- the refinery or depot the fuel came from
  status          TEXT NOT NULL CHECK (status IN ('open', 'traced', 'referred', 'closed')),
  case_id         INTEGER REFERENCES enforcement_cases(id),
  note            TEXT NOT NULL DEFAULT '',
  opened_at       TEXT NOT NULL,
  closed_at       TEXT,
  updated_at      TEXT NOT NULL,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;

-- 9. The energy ledger (能源台账, tasks 1 and 6) per enterprise and year, in physical units.
CREATE TABLE energy_ledger (
  enterprise_id     TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  year              INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  coal_t            REAL NOT NULL CHECK (coal_t >= 0),             -- raw coal, t
  gas_10k_m3        REAL NOT NULL CHECK (gas_10k_m3 >= 0),         -- natural gas, 10⁴ m³
  electricity_mwh   REAL NOT NULL CHECK (electricity_mwh >= 0),    -- MWh
  biomass_t         REAL NOT NULL CHECK (biomass_t >= 0),          -- t
  non_fossil_mwh    REAL NOT NULL DEFAULT 0 CHECK (non_fossil_mwh >= 0),  -- own or contracted green power, MWh
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source            TEXT NOT NULL,
  PRIMARY KEY (enterprise_id, year)
) STRICT;

-- Coal-consuming project approvals (耗煤项目审批、核准、备案, T6.1) with their coal-reduction substitution.
CREATE TABLE coal_projects (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  enterprise_id     TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  procedure         TEXT NOT NULL CHECK (procedure IN ('approval', 'verification', 'filing')),  -- 审批 核准 备案
  status            TEXT NOT NULL CHECK (status IN ('applied', 'approved', 'rejected', 'built', 'withdrawn')),
  decided_on        TEXT,
  new_coal_t        REAL NOT NULL CHECK (new_coal_t >= 0),       -- added coal use, t/yr
  substitution_t    REAL NOT NULL CHECK (substitution_t >= 0),   -- coal cut elsewhere to offset it, t/yr
  substitution_source TEXT,                                      -- where the cut comes from
  provenance        TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source            TEXT NOT NULL
) STRICT;
CREATE INDEX coal_projects_enterprise ON coal_projects(enterprise_id);

-- The 两高 project register (high energy use, high emission; T1.1) with the policy checks the plan lists.
-- Each check: 'passed', 'failed', 'pending' or 'not-applicable'.
CREATE TABLE high_energy_projects (
  id                      TEXT PRIMARY KEY,
  name                    TEXT NOT NULL,
  enterprise_id           TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  industry                TEXT NOT NULL,
  build_kind              TEXT NOT NULL CHECK (build_kind IN ('new', 'rebuilt', 'expanded')),
  status                  TEXT NOT NULL CHECK (status IN ('proposed', 'under-review', 'approved', 'rejected',
                            'under-construction', 'in-operation', 'stopped')),
  status_on               TEXT NOT NULL,
  industrial_policy       TEXT NOT NULL CHECK (industrial_policy IN ('passed', 'failed', 'pending', 'not-applicable')),
  three_lines             TEXT NOT NULL CHECK (three_lines IN ('passed', 'failed', 'pending', 'not-applicable')),
  planning_eia            TEXT NOT NULL CHECK (planning_eia IN ('passed', 'failed', 'pending', 'not-applicable')),
  energy_dual_control     TEXT NOT NULL CHECK (energy_dual_control IN ('passed', 'failed', 'pending',
                            'not-applicable')),
  capacity_replacement    TEXT NOT NULL CHECK (capacity_replacement IN ('passed', 'failed', 'pending',
                            'not-applicable')),
  coal_substitution       TEXT NOT NULL CHECK (coal_substitution IN ('passed', 'failed', 'pending',
                            'not-applicable')),
  emission_double_cut     TEXT NOT NULL CHECK (emission_double_cut IN ('passed', 'failed', 'pending',
                            'not-applicable')),
  provenance              TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source                  TEXT NOT NULL
) STRICT;
CREATE INDEX high_energy_projects_enterprise ON high_energy_projects(enterprise_id);

-- The build kind of kilns and boilers (T8.1: 新改扩建 furnaces must not burn coal): 'existing' for those in place
-- before the plan, else 'new', 'rebuilt' or 'expanded' with the year put into service.
ALTER TABLE kilns_boilers ADD COLUMN build_kind TEXT NOT NULL DEFAULT 'existing'
  CHECK (build_kind IN ('existing', 'new', 'rebuilt', 'expanded'));
ALTER TABLE kilns_boilers ADD COLUMN built_on TEXT;

-- 10. Activated carbon (T13.2, T13.4): each replacement (fill quantity and quality) and the spent-carbon
-- transfers (hazardous waste, HW49) under a transfer manifest (转移联单).
CREATE TABLE carbon_replacements (
  id              INTEGER PRIMARY KEY,
  enterprise_id   TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  facility        TEXT NOT NULL,                  -- the adsorption unit
  replaced_on     TEXT NOT NULL,
  carbon_form     TEXT NOT NULL CHECK (carbon_form IN ('granular', 'honeycomb', 'fibre')),
  filled_kg       REAL NOT NULL CHECK (filled_kg > 0),
  design_fill_kg  REAL NOT NULL CHECK (design_fill_kg > 0),    -- the design fill of the unit
  iodine_mg_g     REAL CHECK (iodine_mg_g IS NULL OR iodine_mg_g > 0),  -- 碘值 of the new carbon
  spent_kg        REAL NOT NULL CHECK (spent_kg >= 0),          -- spent carbon taken out
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL
) STRICT;
CREATE INDEX carbon_replacements_enterprise ON carbon_replacements(enterprise_id, replaced_on);
CREATE TABLE carbon_transfers (
  id              INTEGER PRIMARY KEY,
  enterprise_id   TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  replacement_id  INTEGER REFERENCES carbon_replacements(id) ON DELETE SET NULL,
  manifest_no     TEXT NOT NULL UNIQUE,          -- 危险废物转移联单编号
  receiver        TEXT NOT NULL,                 -- the licensed receiving unit
  quantity_kg     REAL NOT NULL CHECK (quantity_kg > 0),
  transferred_on  TEXT NOT NULL,
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL
) STRICT;
CREATE INDEX carbon_transfers_enterprise ON carbon_transfers(enterprise_id);

-- Low-VOC materials (T13.5): what an enterprise used in a year, per material, with its VOC content and the limit of
-- the product standard (GB 30981-2020 coatings, GB 38507-2020 inks, GB 33372-2020 adhesives, GB 38508-2020
-- cleaners); low_voc = 1 when the content is within the standard's low-VOC limit.
CREATE TABLE voc_materials (
  id              INTEGER PRIMARY KEY,
  enterprise_id   TEXT NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  material        TEXT NOT NULL CHECK (material IN ('coating', 'ink', 'adhesive', 'cleaner')),
  product         TEXT NOT NULL,
  quantity_t      REAL NOT NULL CHECK (quantity_t > 0),
  voc_content     REAL NOT NULL CHECK (voc_content >= 0),
  voc_unit        TEXT NOT NULL CHECK (voc_unit IN ('g/L', 'g/kg', '%')),
  limit_value     REAL NOT NULL CHECK (limit_value > 0),
  standard        TEXT NOT NULL,
  low_voc         INTEGER NOT NULL CHECK (low_voc IN (0, 1)),
  provenance      TEXT NOT NULL CHECK (provenance IN ('official', 'approximate', 'synthetic')),
  source          TEXT NOT NULL
) STRICT;
CREATE INDEX voc_materials_enterprise ON voc_materials(enterprise_id, year);

-- Change-log triggers: `cases` (cases, steps, documents), `departments` (departments, their tasks, leaders, plan
-- items, funds, users' departments), `visits`, `layer:public-reports`, `layer:fuel-samples` (samples and traces),
-- `energy` (ledger, coal projects, 两高 projects), `voc` (carbon, materials).
CREATE TRIGGER departments_log_insert AFTER INSERT ON departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.id, NULL);
END;
CREATE TRIGGER departments_log_update AFTER UPDATE ON departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'departments', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.id, NULL);
END;
CREATE TRIGGER departments_log_delete AFTER DELETE ON departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', OLD.id, NULL);
END;
CREATE TRIGGER task_departments_log_insert AFTER INSERT ON task_departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER task_departments_log_update AFTER UPDATE ON task_departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'departments', OLD.department_id, NULL
    WHERE OLD.department_id IS NOT NEW.department_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER task_departments_log_delete AFTER DELETE ON task_departments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', OLD.department_id, NULL);
END;
CREATE TRIGGER township_leaders_log_insert AFTER INSERT ON township_leaders
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.township_code, NULL);
END;
CREATE TRIGGER township_leaders_log_update AFTER UPDATE ON township_leaders
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'departments', OLD.township_code, NULL
    WHERE OLD.township_code IS NOT NEW.township_code;
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.township_code, NULL);
END;
CREATE TRIGGER township_leaders_log_delete AFTER DELETE ON township_leaders
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', OLD.township_code, NULL);
END;
CREATE TRIGGER department_plan_items_log_insert AFTER INSERT ON department_plan_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER department_plan_items_log_update AFTER UPDATE ON department_plan_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'departments', OLD.department_id, NULL
    WHERE OLD.department_id IS NOT NEW.department_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER department_plan_items_log_delete AFTER DELETE ON department_plan_items
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', OLD.department_id, NULL);
END;
CREATE TRIGGER special_funds_log_insert AFTER INSERT ON special_funds
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER special_funds_log_update AFTER UPDATE ON special_funds
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'departments', OLD.department_id, NULL
    WHERE OLD.department_id IS NOT NEW.department_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', NEW.department_id, NULL);
END;
CREATE TRIGGER special_funds_log_delete AFTER DELETE ON special_funds
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('departments', OLD.department_id, NULL);
END;
CREATE TRIGGER enforcement_cases_log_insert AFTER INSERT ON enforcement_cases
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.id, NULL);
END;
CREATE TRIGGER enforcement_cases_log_update AFTER UPDATE ON enforcement_cases
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'cases', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.id, NULL);
END;
CREATE TRIGGER enforcement_cases_log_delete AFTER DELETE ON enforcement_cases
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', OLD.id, NULL);
END;
CREATE TRIGGER case_steps_log_insert AFTER INSERT ON case_steps
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.case_id, NULL);
END;
CREATE TRIGGER case_steps_log_update AFTER UPDATE ON case_steps
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'cases', OLD.case_id, NULL
    WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.case_id, NULL);
END;
CREATE TRIGGER case_steps_log_delete AFTER DELETE ON case_steps
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', OLD.case_id, NULL);
END;
CREATE TRIGGER case_attachments_log_insert AFTER INSERT ON case_attachments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.case_id, NULL);
END;
CREATE TRIGGER case_attachments_log_update AFTER UPDATE ON case_attachments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'cases', OLD.case_id, NULL
    WHERE OLD.case_id IS NOT NEW.case_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', NEW.case_id, NULL);
END;
CREATE TRIGGER case_attachments_log_delete AFTER DELETE ON case_attachments
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('cases', OLD.case_id, NULL);
END;
CREATE TRIGGER assistance_visits_log_insert AFTER INSERT ON assistance_visits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER assistance_visits_log_update AFTER UPDATE ON assistance_visits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'visits', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER assistance_visits_log_delete AFTER DELETE ON assistance_visits
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER assistance_requests_log_insert AFTER INSERT ON assistance_requests
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', NEW.visit_id, NULL);
END;
CREATE TRIGGER assistance_requests_log_update AFTER UPDATE ON assistance_requests
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'visits', OLD.visit_id, NULL
    WHERE OLD.visit_id IS NOT NEW.visit_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', NEW.visit_id, NULL);
END;
CREATE TRIGGER assistance_requests_log_delete AFTER DELETE ON assistance_requests
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('visits', OLD.visit_id, NULL);
END;
CREATE TRIGGER public_reports_log_insert AFTER INSERT ON public_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:public-reports', NEW.id, NULL);
END;
CREATE TRIGGER public_reports_log_update AFTER UPDATE ON public_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:public-reports', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:public-reports', NEW.id, NULL);
END;
CREATE TRIGGER public_reports_log_delete AFTER DELETE ON public_reports
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:public-reports', OLD.id, NULL);
END;
CREATE TRIGGER fuel_samples_log_insert AFTER INSERT ON fuel_samples
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', NEW.id, NULL);
END;
CREATE TRIGGER fuel_samples_log_update AFTER UPDATE ON fuel_samples
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:fuel-samples', OLD.id, NULL
    WHERE OLD.id IS NOT NEW.id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', NEW.id, NULL);
END;
CREATE TRIGGER fuel_samples_log_delete AFTER DELETE ON fuel_samples
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', OLD.id, NULL);
END;
CREATE TRIGGER fuel_traces_log_insert AFTER INSERT ON fuel_traces
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', NEW.sample_id, NULL);
END;
CREATE TRIGGER fuel_traces_log_update AFTER UPDATE ON fuel_traces
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'layer:fuel-samples', OLD.sample_id, NULL
    WHERE OLD.sample_id IS NOT NEW.sample_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', NEW.sample_id, NULL);
END;
CREATE TRIGGER fuel_traces_log_delete AFTER DELETE ON fuel_traces
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('layer:fuel-samples', OLD.sample_id, NULL);
END;
CREATE TRIGGER energy_ledger_log_insert AFTER INSERT ON energy_ledger
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER energy_ledger_log_update AFTER UPDATE ON energy_ledger
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'energy', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER energy_ledger_log_delete AFTER DELETE ON energy_ledger
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER coal_projects_log_insert AFTER INSERT ON coal_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER coal_projects_log_update AFTER UPDATE ON coal_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'energy', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER coal_projects_log_delete AFTER DELETE ON coal_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER high_energy_projects_log_insert AFTER INSERT ON high_energy_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER high_energy_projects_log_update AFTER UPDATE ON high_energy_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'energy', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER high_energy_projects_log_delete AFTER DELETE ON high_energy_projects
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('energy', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_replacements_log_insert AFTER INSERT ON carbon_replacements
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_replacements_log_update AFTER UPDATE ON carbon_replacements
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'voc', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_replacements_log_delete AFTER DELETE ON carbon_replacements
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_transfers_log_insert AFTER INSERT ON carbon_transfers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_transfers_log_update AFTER UPDATE ON carbon_transfers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'voc', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER carbon_transfers_log_delete AFTER DELETE ON carbon_transfers
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', OLD.enterprise_id, NULL);
END;
CREATE TRIGGER voc_materials_log_insert AFTER INSERT ON voc_materials
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER voc_materials_log_update AFTER UPDATE ON voc_materials
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) SELECT 'voc', OLD.enterprise_id, NULL
    WHERE OLD.enterprise_id IS NOT NEW.enterprise_id;
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', NEW.enterprise_id, NULL);
END;
CREATE TRIGGER voc_materials_log_delete AFTER DELETE ON voc_materials
WHEN NOT EXISTS (SELECT 1 FROM change_log_pause) BEGIN
  INSERT INTO change_log (topic, key, ts) VALUES ('voc', OLD.enterprise_id, NULL);
END;
