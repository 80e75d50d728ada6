import type { ViewMount } from '../app.ts';
import { componentView } from '../components/mount-component.tsx';
import { RoutesView } from './routes/routes-view.tsx';

/** 巡查 view: the route planner (see RoutesView), behind the console's mount/dispose contract. */
export const mountRoutesView: ViewMount = componentView(RoutesView);
