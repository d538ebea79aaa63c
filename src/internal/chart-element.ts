import { LitElement } from 'lit';
import { problemsPending } from './error-box.js';
import { ensureFacts, waitsForFacts } from './model-facts.js';
import { firstUpdateHeld, holdFirstUpdate } from './on-demand.js';

/**
 * The gauge's and the radar's base. Given a built-in model id, an update waits until the models' numbers have arrived
 * (or failed to); `updateComplete` also waits for them, and for the words of a problem the chart is about to show.
 */
export class ChartElement extends LitElement {
  /** A built-in model's id (the radar also takes a model object). */
  declare model?: unknown;

  protected override scheduleUpdate(): void | Promise<unknown> {
    return waitsForFacts(this.model) ? ensureFacts().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override shouldUpdate(): boolean {
    return !waitsForFacts(this.model) || holdFirstUpdate(this, ensureFacts);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const wait = firstUpdateHeld(this) ? ensureFacts() : problemsPending(this);
    return wait ? wait.then(() => this.getUpdateComplete()) : done;
  }
}
