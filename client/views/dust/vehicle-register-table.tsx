import { useState } from 'preact/hooks';
import { dustVehiclesMessages } from '../../i18n/dust-vehicles.ts';
import type { Language } from '../../state/app-state.ts';
import {
  vehicleCategoryLabels,
  vehicleEmissionStageLabels,
  vehicleFuelLabels,
  vehicleStatusLabels,
} from '../../../server/schema/enums/vehicle.ts';
import type { VehicleProperties } from '../../../server/schema/vehicle.ts';

/** Most rows the table draws at once (the search narrows the rest). */
export const MAX_REGISTER_ROWS_SHOWN = 200;

/** Whether a vehicle matches the search text (plate or owner, case- and space-insensitive). */
export function matchesVehicleSearch(v: Pick<VehicleProperties, 'plate' | 'ownerUnit'>, text: string): boolean {
  const wanted = text.replace(/\s+/g, '').toUpperCase();
  return wanted === '' || v.plate.toUpperCase().includes(wanted) || v.ownerUnit.includes(text.trim());
}

/**
 * The searchable register: plate, type, fuel, stage, status, owner; a row selects the vehicle (`onSelect`).
 */
export function VehicleRegisterTable({
  lang,
  vehicles,
  selectedId,
  onSelect,
}: {
  lang: Language;
  vehicles: readonly VehicleProperties[];
  selectedId: string | null;
  onSelect: (v: VehicleProperties) => void;
}) {
  const m = dustVehiclesMessages(lang);
  const [search, setSearch] = useState('');
  const matching = vehicles.filter((v) => matchesVehicleSearch(v, search));
  const shown = matching.slice(0, MAX_REGISTER_ROWS_SHOWN);
  return (
    <div class="vehicle-register" data-vehicle-register="">
      <input
        type="search"
        class="vehicle-search"
        placeholder={m.search}
        aria-label={m.search}
        value={search}
        maxLength={40}
        onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="muted">{m.shown(shown.length, matching.length)}</p>
      {shown.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th>{m.plate}</th>
              <th>{m.category}</th>
              <th>{m.fuel}</th>
              <th>{m.stage}</th>
              <th>{m.status}</th>
              <th>{m.owner}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr
                key={v.id}
                class={v.id === selectedId ? 'selected' : undefined}
                data-vehicle-id={v.id}
                tabIndex={0}
                onClick={() => onSelect(v)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onSelect(v);
                }}
              >
                <td>{v.plate}</td>
                <td>{vehicleCategoryLabels[v.category][lang]}</td>
                <td>{vehicleFuelLabels[v.fuel][lang]}</td>
                <td>{vehicleEmissionStageLabels[v.emissionStage][lang]}</td>
                <td>{vehicleStatusLabels[v.status][lang]}</td>
                <td>{v.ownerUnit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
