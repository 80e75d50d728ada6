import { type ComponentType, render } from 'preact';
import type { ViewContext, ViewMount } from '../app.ts';

/**
 * A view written as a Preact component, behind the console's mount/dispose contract: mounting renders it into the
 * panel, disposing unmounts it (its effects clean up: requests aborted, subscriptions ended). The component keeps
 * its own state (typed text, open sections, scroll) across every update of the data it shows.
 *
 * @example
 * export const mountAlertsView: ViewMount = componentView(AlertsView);
 */
export function componentView(Component: ComponentType<{ context: ViewContext }>): ViewMount {
  return (context) => {
    render(<Component context={context} />, context.panel);
    return () => render(null, context.panel);
  };
}
